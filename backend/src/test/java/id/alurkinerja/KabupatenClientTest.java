package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.client.ApiClient;
import id.alurkinerja.client.ApiException;
import id.alurkinerja.client.api.AuthApi;
import id.alurkinerja.client.api.IntegrationApi;
import id.alurkinerja.client.model.ChangePage;
import id.alurkinerja.client.model.KabupatenCycle;
import id.alurkinerja.client.model.KabupatenCyclePage;
import id.alurkinerja.client.model.SignedRecap;
import id.alurkinerja.client.model.SignedRecapPage;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kabupaten's nightly pull as an integrator writes it: with the Java client that
 * openapi-generator makes from the committed openapi.yaml (built with the tests), nothing handwritten.
 */
@QuarkusTest
class KabupatenClientTest extends ApiTest {

  private static ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + RestAssured.port);
    return client;
  }

  private static IntegrationApi signedIn(MachineAccessTest.Client account) throws ApiException {
    ApiClient client = client();
    String token = new AuthApi(client).issueClientToken("client_credentials", account.clientId(), account.secret(), null)
        .getAccessToken();
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return new IntegrationApi(client);
  }

  @Test
  void theNightlyPullReadsEveryCycleTheSignedRecapsAndTheChangesWithTheGeneratedClient() throws Exception {
    World bulu = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(bulu);
    World neighbour = Fixtures.neighbourOf(bulu);
    FormWorkflowTest.newForm(neighbour, 2031);
    IntegrationApi api = signedIn(MachineAccessTest.serviceAccount(bulu.kabupatenId(), List.of("recaps:read")));

    // where every kecamatan stands, a page of one at a time
    List<KabupatenCycle> cycles = new ArrayList<>();
    String cursor = null;
    do {
      KabupatenCyclePage page = api.listKabupatenCycles(bulu.kabupatenId(), cursor, null, 1, null, null, null);
      cycles.addAll(page.getItems());
      cursor = page.getNextCursor();
    } while (cursor != null);
    assertEquals(2, cycles.size());
    KabupatenCycle finished = cycles.stream().filter(c -> c.getKecamatanId() == bulu.kecamatanId()).findFirst().orElseThrow();
    assertTrue(finished.getSopFinished());
    assertEquals(recap, finished.getSignedRecapId());

    // the signed recap's values
    SignedRecapPage signed = api.listKabupatenSignedRecaps(bulu.kabupatenId(), null, null, null, null, 2026);
    assertEquals(1, signed.getItems().size());
    SignedRecap values = signed.getItems().get(0);
    assertEquals(0, new BigDecimal("90").compareTo(values.getValues().stream()
        .filter(v -> v.getIndicatorCode().equals("S1.1")).findFirst().orElseThrow().getRealisasi()));

    // the changes since last night: everything the first time, nothing new the second
    long after = 0;
    boolean more = true;
    int changes = 0;
    while (more) {
      ChangePage page = api.listKabupatenChanges(bulu.kabupatenId(), String.valueOf(after), 50);
      changes += page.getItems().size();
      after = page.getLastSeq();
      more = page.getMore();
    }
    assertTrue(changes > 5, "changes: " + changes);
    assertEquals(0, api.listKabupatenChanges(bulu.kabupatenId(), String.valueOf(after), 50).getItems().size());
  }

  @Test
  void theGeneratedClientSeesTheProblemsAsHttpStatuses() throws Exception {
    World w = Fixtures.world();
    IntegrationApi slaOnly = signedIn(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("sla:read")));
    ApiException forbidden = assertThrows(ApiException.class,
        () -> slaOnly.listKabupatenSignedRecaps(w.kabupatenId(), null, null, null, null, null));
    assertEquals(403, forbidden.getCode());
    assertTrue(forbidden.getResponseBody().contains("urn:alur-kinerja:problem:forbidden"), forbidden.getResponseBody());
    ApiException wrongSecret = assertThrows(ApiException.class, () -> new AuthApi(client())
        .issueClientToken("client_credentials", "svc-tidak-ada", "salah", null));
    assertEquals(401, wrongSecret.getCode());
  }
}
