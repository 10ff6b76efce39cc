package id.alurkinerja.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code Alur-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" with the subscription's secret>}. A receiver recomputes it over the raw body, compares in
 * constant time and refuses old timestamps (replays of a captured request).
 */
public final class WebhookSignature {

  public static final String HEADER = "Alur-Signature";

  private WebhookSignature() {}

  public static String header(String secret, long timestamp, String body) {
    return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
  }

  public static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
