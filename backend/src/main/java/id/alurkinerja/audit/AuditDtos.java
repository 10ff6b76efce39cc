package id.alurkinerja.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit trail's endpoints answer. */
public final class AuditDtos {

  private AuditDtos() {}

  @Schema(name = "AuditEntry", description = "One sealed entry of the audit trail, with its place in the hash chain")
  public record AuditEntryView(
      @Schema(required = true) long id,
      @Schema(required = true, description = "The chain: kecamatan:<id>, kabupaten:<id> or global") String chain,
      @Schema(required = true, description = "Place in the chain, from 1") long seq,
      @Schema(required = true) Instant occurredAt,
      Long kabupatenId,
      Long kecamatanId,
      @Schema(description = "The user who acted; absent for the system") Long actorId,
      String actorName,
      @Schema(description = "The post the actor acted in, e.g. Sekretaris Kecamatan Bulu") String capacity,
      @Schema(description = "Set when acting as Plt./Plh.") String actingFor,
      @Schema(required = true, description = "What was done, e.g. form.paraf, user.created") String action,
      @Schema(required = true, description = "The kind of object, e.g. form, submission, user") String objectType,
      Long objectId,
      String fromState,
      String toState,
      String reason,
      AuditDetails details,
      @Schema(description = "Entries written before details were typed keep their original text here") String note,
      @Schema(description = "SHA-256 of the entry before it; absent for the first entry of a chain") String prevHash,
      @Schema(required = true, description = "SHA-256 of this entry's canonical text (docs/decisions/012)")
      String hash) {}

  @Schema(name = "AuditPage")
  public record AuditPage(@Schema(required = true) List<AuditEntryView> items,
      @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "AuditChainStatus", description = "INTACT: every entry and link checked; BROKEN: see firstBreak")
  public enum ChainStatus { INTACT, BROKEN }

  @Schema(name = "AuditBreakKind", description = "CONTENT_CHANGED: the entry's fields no longer give its hash; "
      + "LINK_BROKEN: the entry does not name the hash of the entry before it (or the head names another last "
      + "hash); ENTRY_MISSING: a place in the chain has no entry")
  public enum BreakKind { CONTENT_CHANGED, LINK_BROKEN, ENTRY_MISSING }

  @Schema(name = "AuditBreak", description = "The first place where the chain does not hold")
  public record ChainBreak(
      @Schema(required = true, description = "The place in the chain") long seq,
      @Schema(description = "The entry found there, or (ENTRY_MISSING) the first entry after the gap") Long entryId,
      @Schema(required = true) BreakKind kind,
      @Schema(description = "The hash expected: recomputed from the content, or the previous entry's") String expected,
      @Schema(description = "The hash found") String found) {}

  @Schema(name = "AuditVerification", description = "A chain recomputed entry by entry from the first")
  public record Verification(
      @Schema(required = true) String chain,
      @Schema(required = true) ChainStatus status,
      @Schema(required = true, description = "Entries that verified before the first break (all when INTACT)")
      long entriesChecked,
      @Schema(required = true, description = "Entries the chain's head says it holds") long entries,
      @Schema(description = "Hash of the last entry that verified; note it to compare later") String lastHash,
      @Schema(description = "Absent when INTACT") ChainBreak firstBreak,
      @Schema(required = true) Instant verifiedAt) {}
}
