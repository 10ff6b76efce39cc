package id.alurkinerja.platform.web;

import id.alurkinerja.platform.config.AlurConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Where a created resource lives, for the {@code Location} header: under the configured public URL
 * ({@code PUBLIC_URL}, the address clients reach the API at), or else relative to the request's own
 * base path (/api/), which the HTTP layer completes with the request's scheme and host.
 */
@ApplicationScoped
public class Locations {

  @Inject AlurConfig config;

  /** The URI of {@code path} below /api/, e.g. {@code of("v1/forms/7")}. */
  public URI of(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return config.http().publicUrl().map(base -> URI.create(base.replaceAll("/+$", "") + "/api/" + relative))
        .orElse(URI.create(relative));
  }
}
