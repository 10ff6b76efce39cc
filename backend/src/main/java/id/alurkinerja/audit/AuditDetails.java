package id.alurkinerja.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The facts of one audit entry, typed: each field is present only where it applies. Stored as a
 * JSON object with the entry and sent as such in timelines, so no client parses free text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuditDetails", description = "Facts of an audit entry; each field only where it applies")
public record AuditDetails(
    @Schema(description = "Content version of the document after the action") Integer version,
    @Schema(description = "SHA-256 of that version's canonical JSON") String contentSha256,
    @Schema(description = "Round: pass through the steps (forms, recaps) or submittal (submissions)") Integer round,
    @Schema(description = "How the form began (EMPTY, CLONED, IMPORTED)") String origin,
    @Schema(description = "Notes written with the action") Integer notes,
    @Schema(description = "Values saved or corrected") Integer values,
    @Schema(description = "The letter's number (step 5)") String letterNumber,
    @Schema(description = "The letter's date (step 5)") LocalDate letterDate,
    @Schema(description = "Units addressed or concerned") Integer units,
    @Schema(description = "The unit concerned") Long unitId,
    @Schema(description = "Its name, as it was then") String unitName,
    @Schema(description = "How a unit's data entered the recap: VERIFIED or NOT_SUBMITTED") String entryStatus,
    @Schema(description = "Evidence file name") String fileName,
    @Schema(description = "Evidence media type, detected from its content") String mediaType,
    @Schema(description = "Evidence size in bytes") Long sizeBytes,
    @Schema(description = "SHA-256 of the evidence file") String fileSha256,
    @Schema(description = "The other document concerned: the recap a ralat corrects or that superseded this one")
    Long relatedId,
    @Schema(description = "A name or title given, e.g. of a cycle, unit or user") String name,
    @Schema(description = "A setting's new value, e.g. a letter-number pattern") String setting,
    @Schema(description = "A number set, e.g. the cap on capaian") BigDecimal amount,
    @Schema(description = "Start of a period, e.g. of a Plt./Plh. assignment") LocalDate startsOn,
    @Schema(description = "End of a period") LocalDate endsOn) {

  public static final AuditDetails NONE = builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds details field by field. */
  public static final class Builder {
    private Integer version;
    private String contentSha256;
    private Integer round;
    private String origin;
    private Integer notes;
    private Integer values;
    private String letterNumber;
    private LocalDate letterDate;
    private Integer units;
    private Long unitId;
    private String unitName;
    private String entryStatus;
    private String fileName;
    private String mediaType;
    private Long sizeBytes;
    private String fileSha256;
    private Long relatedId;
    private String name;
    private String setting;
    private BigDecimal amount;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public Builder version(int number, String sha256) {
      this.version = number;
      this.contentSha256 = sha256;
      return this;
    }

    public Builder round(int round) {
      this.round = round;
      return this;
    }

    public Builder origin(Enum<?> origin) {
      this.origin = origin.name();
      return this;
    }

    public Builder notes(int count) {
      this.notes = count;
      return this;
    }

    public Builder values(int count) {
      this.values = count;
      return this;
    }

    public Builder letter(String number, LocalDate date) {
      this.letterNumber = number;
      this.letterDate = date;
      return this;
    }

    public Builder units(int count) {
      this.units = count;
      return this;
    }

    public Builder unit(long id, String name) {
      this.unitId = id;
      this.unitName = name;
      return this;
    }

    public Builder entryStatus(Enum<?> status) {
      this.entryStatus = status.name();
      return this;
    }

    public Builder file(String name, String mediaType, long sizeBytes, String sha256) {
      this.fileName = name;
      this.mediaType = mediaType;
      this.sizeBytes = sizeBytes;
      this.fileSha256 = sha256;
      return this;
    }

    public Builder related(long id) {
      this.relatedId = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder setting(String setting) {
      this.setting = setting;
      return this;
    }

    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    public Builder period(LocalDate startsOn, LocalDate endsOn) {
      this.startsOn = startsOn;
      this.endsOn = endsOn;
      return this;
    }

    public AuditDetails build() {
      return new AuditDetails(version, contentSha256, round, origin, notes, values, letterNumber, letterDate,
          units, unitId, unitName, entryStatus, fileName, mediaType, sizeBytes, fileSha256, relatedId, name,
          setting, amount, startsOn, endsOn);
    }
  }
}
