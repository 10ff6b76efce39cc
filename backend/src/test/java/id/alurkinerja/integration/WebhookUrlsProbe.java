package id.alurkinerja.integration;

/** Lets tests ask the production rule for webhook URLs (https, public addresses) without its test-profile relaxations. */
public final class WebhookUrlsProbe {

  private WebhookUrlsProbe() {}

  /** Refused when registering. */
  public static boolean refused(String url) {
    return WebhookUrls.problem(url, false, false, false).isPresent();
  }

  /** Refused when sending, which also needs the host to resolve. */
  public static boolean refusedWhenSending(String url) {
    return WebhookUrls.problem(url, false, false, true).isPresent();
  }
}
