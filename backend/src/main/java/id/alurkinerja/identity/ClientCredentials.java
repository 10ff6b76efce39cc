package id.alurkinerja.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A client's id and secret from a token request: HTTP Basic (RFC 6749 2.3.1, each part
 * form-urlencoded) or the form's client_id and client_secret. An unreadable header counts as none.
 */
record ClientCredentials(String id, String secret) {

  static ClientCredentials of(String authorization, String formId, String formSecret) {
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon > 0) {
          return new ClientCredentials(URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
        }
      } catch (IllegalArgumentException e) {
        return new ClientCredentials(null, null);
      }
      return new ClientCredentials(null, null);
    }
    return new ClientCredentials(formId, formSecret);
  }
}
