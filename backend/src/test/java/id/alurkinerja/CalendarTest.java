package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The working-time calendar through the API: read by the kecamatan, kept by its ADMIN and the kabupaten's. */
@QuarkusTest
class CalendarTest extends ApiTest {

  static final List<Map<String, Object>> WEEK = List.of(
      Map.of("weekday", "MONDAY", "opens", "07:30", "closes", "16:00", "breakStarts", "12:00", "breakEnds", "13:00"),
      Map.of("weekday", "TUESDAY", "opens", "07:30", "closes", "16:00", "breakStarts", "12:00", "breakEnds", "13:00"),
      Map.of("weekday", "WEDNESDAY", "opens", "07:30", "closes", "16:00", "breakStarts", "12:00", "breakEnds", "13:00"),
      Map.of("weekday", "THURSDAY", "opens", "07:30", "closes", "16:00", "breakStarts", "12:00", "breakEnds", "13:00"),
      Map.of("weekday", "FRIDAY", "opens", "07:30", "closes", "11:30"),
      Map.of("weekday", "SATURDAY", "opens", "07:30", "closes", "12:30"));

  static final Map<String, Object> RAMADAN = Map.of("name", "Jam kerja Ramadan 1447 H", "validFrom", "2026-02-18",
      "validTo", "2026-03-19", "week", List.of(Map.of("weekday", "MONDAY", "opens", "08:00", "closes", "15:00")));

  @Test
  void everyoneSeesTheDefaultWeekAndTheNationalDaysOff() {
    World w = Fixtures.world();
    String calendar = "/api/v1/kecamatan/" + w.kecamatanId() + "/calendar?year=2026";
    String etag = as(w.token(Role.KASI)).get(calendar).then().statusCode(200)
        .body("timeZone", equalTo("Asia/Jakarta")).body("defaultWeek", equalTo(true))
        .body("week", hasSize(5)).body("week[4].closes", equalTo("16:30:00"))
        .body("holidays.findAll { it.scope == 'NATIONAL' }", hasSize(25))
        .body("holidays.find { it.day == '2026-02-16' }.kind", equalTo("CUTI_BERSAMA"))
        .body("holidays.find { it.day == '2026-02-16' }.source", equalTo("SKB Menteri Agama, Menteri "
            + "Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025"))
        .extract().header("ETag");
    as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId()).then().header("ETag", equalTo(etag));
    as(Fixtures.neighbourOf(w).token(Role.ADMIN)).get(calendar).then().statusCode(404);
    as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/calendar?year=1999").then().statusCode(400);
  }

  @Test
  void theAdminSetsTheWeekTheZoneAndRamadanHoursUnderIfMatch() {
    World w = Fixtures.world();
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/calendar";
    String etag = as(w.token(Role.ADMIN)).get(path).then().extract().header("ETag");
    Map<String, Object> body = Map.of("timeZone", "Asia/Makassar", "week", WEEK, "overrides", List.of(RAMADAN));

    as(w.token(Role.SEKCAM)).header("If-Match", etag).body(body).put(path).then().statusCode(403);
    as(w.token(Role.ADMIN)).body(body).put(path).then().statusCode(428);
    as(w.token(Role.ADMIN)).header("If-Match", "\"999\"").body(body).put(path).then().statusCode(412);
    as(w.token(Role.ADMIN)).header("If-Match", etag).body(Map.of("timeZone", "Asia/Tokyo", "week", WEEK,
        "overrides", List.of())).put(path).then().statusCode(400).body("errors[0].code", equalTo("TIME_ZONE"));
    as(w.token(Role.ADMIN)).header("If-Match", etag).body(Map.of("timeZone", "Asia/Jakarta", "overrides", List.of(),
        "week", List.of(Map.of("weekday", "MONDAY", "opens", "16:00", "closes", "07:30")))).put(path).then()
        .statusCode(400).body("errors[0].code", equalTo("OFFICE_HOURS")).body("errors[0].field", equalTo("week[0]"));
    as(w.token(Role.ADMIN)).header("If-Match", etag).body(Map.of("timeZone", "Asia/Jakarta", "week", WEEK,
        "overrides", List.of(RAMADAN, Map.of("name", "Tumpang", "validFrom", "2026-03-01", "validTo", "2026-03-31",
            "week", List.of(Map.of("weekday", "MONDAY", "opens", "08:00", "closes", "12:00")))))).put(path).then()
        .statusCode(400).body("errors[0].code", equalTo("OVERRIDES_OVERLAP"));

    String changed = as(w.token(Role.ADMIN)).header("If-Match", etag).body(body).put(path).then().statusCode(200)
        .body("timeZone", equalTo("Asia/Makassar")).body("defaultWeek", equalTo(false)).body("week", hasSize(6))
        .body("overrides[0].name", equalTo("Jam kerja Ramadan 1447 H")).extract().header("ETag");
    as(w.token(Role.KASI)).get(path).then().header("ETag", equalTo(changed)).body("week[5].weekday", equalTo("SATURDAY"));
    as(w.token(Role.ADMIN)).header("If-Match", etag).body(body).put(path).then().statusCode(412);

    // a Saturday now counts: from Friday 11:00 WITA, 60 office minutes end on Saturday 08:00 WITA
    as(w.token(Role.KASI)).queryParam("from", "2026-11-27T03:00:00Z").queryParam("to", "2026-11-28T00:00:00Z")
        .get(path + "/working-time").then().statusCode(200).body("officeMinutes", equalTo(30 + 30));
  }

  @Test
  void daysOffAreAddedForTheKecamatanOrTheKabupatenAndNationalDaysStay() {
    World w = Fixtures.world();
    World neighbour = Fixtures.neighbourOf(w);
    String holidays = "/api/v1/kecamatan/" + w.kecamatanId() + "/holidays";
    Map<String, Object> local = Map.of("day", "2027-03-15", "kind", "LIBUR_DAERAH", "name", "Hari Jadi Kecamatan");

    as(w.token(Role.SEKCAM)).body(local).post(holidays).then().statusCode(403);
    String etag = as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId()).then().extract().header("ETag");
    String location = as(w.token(Role.ADMIN)).body(local).post(holidays).then().statusCode(201)
        .body("scope", equalTo("KECAMATAN")).extract().header("Location");
    as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId()).then().header("ETag", not(equalTo(etag)));
    as(w.token(Role.KASI)).get(location).then().statusCode(200).body("name", equalTo("Hari Jadi Kecamatan"));
    as(neighbour.token(Role.KASI)).get(location).then().statusCode(404);
    as(w.token(Role.ADMIN)).body(local).post(holidays).then().statusCode(400)
        .body("errors[0].code", equalTo("HOLIDAY_EXISTS"));
    as(w.token(Role.ADMIN)).body(Map.of("day", "2026-12-25", "kind", "LAINNYA", "name", "Natal")).post(holidays)
        .then().statusCode(400).body("errors[0].code", equalTo("HOLIDAY_EXISTS"));

    // a kabupaten day: only the kabupaten's ADMIN, and every kecamatan of it sees it
    Map<String, Object> kabupaten = Map.of("day", "2027-07-15", "kind", "LIBUR_DAERAH", "name",
        "Hari Jadi Kabupaten", "scope", "KABUPATEN");
    as(w.token(Role.ADMIN)).body(kabupaten).post(holidays).then().statusCode(403);
    String kabupatenAdmin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    as(kabupatenAdmin).body(kabupaten).post(holidays).then().statusCode(201).body("scope", equalTo("KABUPATEN"));
    as(neighbour.token(Role.KASI)).get("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/calendar?year=2027").then()
        .body("holidays.name", hasItem("Hari Jadi Kabupaten")).body("holidays.name", not(hasItem("Hari Jadi Kecamatan")));

    int national = as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/calendar?year=2026").then()
        .extract().path("holidays.find { it.day == '2026-08-17' }.id");
    as(w.token(Role.ADMIN)).delete("/api/v1/holidays/" + national).then().statusCode(403);
    as(neighbour.token(Role.ADMIN)).delete(location).then().statusCode(404);
    as(w.token(Role.ADMIN)).delete(location).then().statusCode(204);
    as(w.token(Role.KASI)).get(location).then().statusCode(404);
  }
}
