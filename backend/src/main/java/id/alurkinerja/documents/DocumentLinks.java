package id.alurkinerja.documents;

import id.alurkinerja.platform.config.AlurConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * The public address printed in QR codes: {@code PUBLIC_URL} when configured (it should be in
 * production: paper outlives the address a request happened to use), else the origin of the request
 * that issued the document.
 */
@ApplicationScoped
public class DocumentLinks {

  @Inject AlurConfig config;
  @Inject CurrentVertxRequest request;

  public String verifyUrl(String code) {
    return origin() + "/verify/" + VerificationCodes.printed(code);
  }

  private String origin() {
    var configured = config.http().publicUrl().filter(u -> !u.isBlank());
    if (configured.isPresent()) {
      return configured.get().replaceAll("/+$", "");
    }
    try {
      RoutingContext ctx = request.getCurrent();
      if (ctx != null) {
        URI uri = URI.create(ctx.request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority();
      }
    } catch (ContextNotActiveException | IllegalArgumentException e) {
      // no request (a background job): fall through to the local address
    }
    return "http://localhost:8080";
  }
}
