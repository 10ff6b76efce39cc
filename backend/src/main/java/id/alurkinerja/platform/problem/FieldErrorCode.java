package id.alurkinerja.platform.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The catalogue of field errors: what is wrong with one field, as a stable code with parameters.
 * Clients show the code in their own language (the SPA in Bahasa Indonesia); the English message
 * beside it is for people reading logs and scripts. A code's parameters are named in braces.
 */
@Schema(name = "FieldErrorCode", description = "What is wrong with a field; see docs/api-errors.md")
public enum FieldErrorCode {
  // shapes of a request
  REQUIRED("is required"),
  TOO_SHORT("must be at least {min} characters"),
  TOO_LONG("must be at most {max} characters"),
  TOO_FEW("must have at least {min} items"),
  TOO_MANY("must have at most {max} items"),
  TOO_SMALL("must be at least {min}"),
  TOO_LARGE("must be at most {max}"),
  NEGATIVE("must not be negative"),
  TOO_MANY_DIGITS("may have at most {integer} digits before the decimal point and {fraction} after it"),
  WRONG_TYPE("must be {expected}"),
  NOT_ONE_OF("must be one of {allowed}"),
  UNKNOWN_FIELD("is not a field of this request"),
  FORBIDDEN_CHARACTERS("contains a NUL character or a lone surrogate"),
  INVALID_FORMAT("has the wrong format"),
  CODE_CHARACTERS("may only contain letters, digits and '.'"),
  UNIT_CODE_CHARACTERS("may only contain letters, digits, '.', '_' and '-'"),
  USERNAME_CHARACTERS("may only contain lowercase letters, digits, '.', '_' and '-', starting with a letter or digit"),
  SHA256("must be a lowercase hexadecimal SHA-256"),
  EMPTY_BODY("send the file as the request body"),
  IDEMPOTENCY_KEY("must be 1-200 characters"),
  CURSOR("is not a cursor this API gave out"),
  REASON_REQUIRED("a refusal, return or withdrawal needs a reason"),
  // people and positions
  NIP_LENGTH("must be exactly 18 digits"),
  NIP_BIRTH_DATE("digits 1-8 must be a birth date (YYYYMMDD)"),
  NIP_TMT("digits 9-14 must be the TMT year and month (YYYYMM)"),
  NIP_TMT_AGE("the TMT (digits 9-14) must be at least 17 years after the birth date"),
  NIP_SEX("digit 15 must be 1 (male) or 2 (female)"),
  NIP_SEQUENCE("digits 16-18 must be a sequence number from 001"),
  NIP_NOT_FOR_NON_ASN("non-ASN staff have no NIP; leave it empty"),
  REQUIRED_FOR("is required for {for}"),
  TAKEN("is taken"),
  ALREADY_REGISTERED("is already registered to another user"),
  NOT_CURRENT_PASSWORD("is not your current password"),
  SAME_AS_USERNAME("must not be the username"),
  SAME_AS_NIP("must not be the NIP"),
  KABUPATEN_ROLE("{role} is a kabupaten-level role, not a kecamatan one"),
  KABUPATEN_LEVEL_ROLE("{role} is a kecamatan position; a kabupaten-level user is KABUPATEN or ADMIN"),
  NO_UNIT_AT_KABUPATEN("kabupaten-level users belong to no unit"),
  GRANT_TYPE("must be client_credentials"),
  SCOPE_NOT_GRANTED("{scope} is not a scope of this service account"),
  WEBHOOK_URL("{why}"),
  NOT_A_PERSON("service accounts are managed under service accounts, not as users"),
  NOT_AN_SOP_POSITION("acting assignments are for SOP positions, not {role}"),
  BEFORE_START("must not be before {other}"),
  // the organisation
  NO_SUCH_KECAMATAN("no such kecamatan"),
  UNIT_NOT_ACTIVE("must be an active unit of this kecamatan"),
  ALREADY_USED("is already used by {by}"),
  PENGELOLA_STAYS_ACTIVE("the unit pengelola data kinerja cannot be deactivated; name another unit pengelola first"),
  // letters
  CLASSIFICATION("must be a classification code such as 000.1.5"),
  PATTERN_NEEDS_SEQ("must contain {seq}"),
  PATTERN_PLACEHOLDERS("may only use {classification}, {seq}, {kecamatan} and {year}"),
  // the format data kinerja and its letter
  DUPLICATE_CODE("repeats code {code}"),
  LISTED_TWICE("is listed twice"),
  TEXT_TARGET("text indicators take targetText, not a number"),
  TEXT_NOT_COMBINED("text values cannot be combined: use none"),
  YESNO_TARGET("must be 1 (ada/ya) or 0 for yesno indicators"),
  PERCENT_OVER_100("a percentage cannot exceed 100"),
  AGGREGATION_NEEDED("several units report it: choose sum, average, min or max"),
  LETTER_BODY_MISSING("the letter needs its text before correction"),
  LETTER_DEADLINE_MISSING("the letter needs a deadline for the units"),
  ADDRESSEE_MISSING("the letter needs at least one addressee"),
  SASARAN_EMPTY("a sasaran needs at least one indicator"),
  UNIT_NOT_ADDRESSED("unit {unitId} reports this indicator but is not addressed by the letter"),
  FORM_EMPTY("the form needs at least one indicator"),
  NO_SUCH_VERSION("the form has no version {version}"),
  // importing last year's format
  IMPORT_NO_ROWS("has no header and indicator rows"),
  IMPORT_MISSING_COLUMN("misses column {column}"),
  IMPORT_EMPTY_CELL("{column} is empty"),
  IMPORT_DATA_TYPE("data_type must be number, percent, index, yesno or text"),
  IMPORT_POLARITY("polarity must be + or -"),
  IMPORT_NOT_A_NUMBER("{column} '{value}' is not a number"),
  IMPORT_AGGREGATION("aggregation must be sum, average, min, max or none"),
  IMPORT_UNKNOWN_UNIT("no active unit named '{unit}' in this kecamatan"),
  NOT_XLSX("is not a readable XLSX workbook"),
  // units' data and the recap
  TEXT_TAKES_TEXT("a text indicator takes text, not a number"),
  TAKES_NUMBER("a {dataType} indicator takes a number"),
  YESNO_VALUE("must be 1 (ya/ada) or 0 (tidak)"),
  NOT_REPORTED_BY_UNIT("is not an indicator the unit reports"),
  GIVEN_TWICE("is given twice"),
  VALUE_MISSING("the realisasi is not filled in"),
  EVIDENCE_MISSING("the evidence is not attached"),
  ONLY_VERIFIED_CORRECTED("only entered, verified units' values can be corrected"),
  NOT_ENTERED("{unit} is not entered yet"),
  // the working-time calendar and the SOP
  TIME_ZONE("must be Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)"),
  OFFICE_HOURS("office hours must open before they close, a break lying inside them"),
  WEEKDAY_TWICE("lists {weekday} twice"),
  WEEK_WITHOUT_WORKING_DAY("a week needs at least one working day"),
  DATE_RANGE("ends before it starts"),
  OVERRIDES_OVERLAP("overlaps the override {name}"),
  HOLIDAY_EXISTS("{day} is already a day off: {name}"),
  SOP_STEPS("must list the steps 1-11, each once");

  private final String template;

  FieldErrorCode(String template) {
    this.template = template;
  }

  /** The English message, with the parameters filled in. */
  public String message(Map<String, String> params) {
    String text = template;
    for (Map.Entry<String, String> p : params.entrySet()) {
      text = text.replace("{" + p.getKey() + "}", p.getValue());
    }
    return text;
  }
}
