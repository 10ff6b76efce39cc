package id.alurkinerja.integration;

/** Lets tests ask the production rule for webhook URLs (https, public addresses) without its test-profile relaxations. */
public final class WebhookUrlsProbe {

  private WebhookUrlsProbe() {}

  public static boolean refused(String url) {
    return WebhookUrls.problem(url, false, false).isPresent();
  }
}
