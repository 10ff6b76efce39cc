package id.alurkinerja.integration;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may point: https only, to a host whose every address is public, unless the
 * configuration allows http or private addresses (a test, a closed network). Checked when it is
 * registered and again before every send, as DNS can change in between.
 */
final class WebhookUrls {

  private WebhookUrls() {}

  /**
   * Why {@code url} is refused, or empty when it may be used. A host that does not resolve is refused
   * only when sending ({@code sending}): at registration its DNS may not be set up yet.
   */
  static Optional<String> problem(String url, boolean allowHttp, boolean allowPrivate, boolean sending) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
      return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
    }
    if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
      return Optional.of("must name a host, without user or fragment");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isPrivate(address)) {
          return Optional.of("resolves to a loopback or private address");
        }
      }
    } catch (UnknownHostException e) {
      return sending ? Optional.of("names a host that does not resolve") : Optional.empty();
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT 100.64/10
        || first == 169 && second == 254 || first >= 224;
  }
}
