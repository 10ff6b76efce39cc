package id.alurkinerja.platform.web;

import id.alurkinerja.platform.config.AlurConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address of the client a request comes from. Behind a reverse proxy ({@code TRUST_PROXY=true})
 * it is the right-most entry of {@code X-Forwarded-For} that is not one of the configured proxies,
 * so a client cannot choose its own address by sending the header itself; the header is read only
 * when the connection comes from a configured proxy.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject AlurConfig config;

  public String of(HttpServerRequest http) {
    if (http == null || http.connection() == null || http.connection().remoteAddress() == null) {
      return "unknown";
    }
    String peer = http.connection().remoteAddress().hostAddress();
    if (peer == null) {
      return "unknown";
    }
    String forwarded = http.getHeader("X-Forwarded-For");
    if (!config.http().trustProxy() || forwarded == null || !trusted(peer)) {
      return peer;
    }
    List<String> hops = List.of(forwarded.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).trim();
      if (!hop.isEmpty() && !trusted(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return peer;
  }

  private boolean trusted(String address) {
    return config.http().trustedProxies().stream().anyMatch(range -> inRange(address, range.trim()));
  }

  /** Whether {@code address} lies in {@code cidr} ("10.0.0.0/8", "::1/128", or a single address). */
  static boolean inRange(String address, String cidr) {
    try {
      String[] parts = cidr.split("/");
      byte[] net = InetAddress.getByName(parts[0]).getAddress();
      byte[] ip = literal(address);
      if (ip == null || ip.length != net.length) {
        return false;
      }
      int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
      for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
        int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
        if ((ip[i] & mask) != (net[i] & mask)) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  /** The bytes of an IP literal; null for anything else (no name is ever looked up). */
  private static byte[] literal(String address) throws UnknownHostException {
    boolean v4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean v6 = address.contains(":") && address.matches("[0-9A-Fa-f:.%]+");
    return v4 || v6 ? InetAddress.getByName(address).getAddress() : null;
  }
}
