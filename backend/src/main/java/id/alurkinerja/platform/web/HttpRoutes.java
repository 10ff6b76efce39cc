package id.alurkinerja.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemResponses;
import id.alurkinerja.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import id.alurkinerja.platform.config.AlurConfig;

/**
 * Vert.x routes in front of the REST layer: a declared body size beyond the limit answered as
 * problem+json before the body is read (a chunked one is counted by {@link BodyLimit}), security
 * headers, and the SPA's history-mode fallback (a page path without a file extension serves
 * {@code index.html}; a missing asset stays a 404).
 */
@ApplicationScoped
public class HttpRoutes {

  @Inject ObjectMapper json;

  @Inject AlurConfig config;

  /**
   * The SPA loads only its own scripts; styles may be set inline by Vue; evidence previews use
   * blob: URLs (images inline, PDFs in a new tab).
   */
  static final String SPA_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; object-src 'self' blob:; frame-src 'self' blob:; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /**
   * The longest request URI answered. Vert.x's own line limit is set far above it
   * ({@code quarkus.http.limits.max-initial-line-length}), so that a long URI reaches this route and
   * gets a problem+json 414 rather than the HTTP codec's bare one.
   */
  static final int MAX_URI_LENGTH = 8 * 1024;

  void install(@Observes Router router) {
    router.route().order(-1000).handler(this::guard);
    router.route(HttpMethod.GET, "/*").order(-900).handler(this::spaFallback);
  }

  private void guard(RoutingContext ctx) {
    ctx.response().headers()
        .set("X-Content-Type-Options", "nosniff")
        .set("X-Frame-Options", "DENY")
        .set("Referrer-Policy", "no-referrer");
    String path = ctx.normalizedPath();
    if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
      ctx.response().headers().set("Content-Security-Policy", SPA_POLICY);
    }
    if (path.startsWith("/q/metrics") && !metricsAllowed(ctx)) {
      reject(ctx, ProblemType.UNAUTHENTICATED, "Metrics are for the operator's scraper: send its bearer token");
      return;
    }
    ctx.addHeadersEndHandler(done -> cacheHeaders(ctx, ctx.normalizedPath()));
    if (ctx.request().uri().length() > MAX_URI_LENGTH) {
      reject(ctx, ProblemType.URI_TOO_LONG, "The request URI is " + ctx.request().uri().length()
          + " characters; the limit is " + MAX_URI_LENGTH);
      return;
    }
    long limit = BodyLimit.limitFor(config, ctx.normalizedPath());
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      long bytes;
      try {
        bytes = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        bytes = Long.MAX_VALUE;
      }
      if (bytes > limit) {
        reject(ctx, ProblemType.PAYLOAD_TOO_LARGE,
            "The request body is " + bytes + " bytes; the limit is " + limit + " bytes");
        return;
      }
    }
    ctx.next();
  }

  /**
   * Authenticated answers and downloads are never stored by caches; the SPA's page is revalidated on
   * every load (so a new release reaches browsers at once) while its hashed assets stay immutable.
   */
  private static void cacheHeaders(RoutingContext ctx, String path) {
    var headers = ctx.response().headers();
    if (path.startsWith("/api/")) {
      headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
    } else if (path.startsWith("/assets/")) {
      headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
    } else if (!path.startsWith("/q/")) {
      headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
  }

  private boolean metricsAllowed(RoutingContext ctx) {
    var token = config.http().metricsToken();
    if (token.isPresent()) {
      return ("Bearer " + token.get()).equals(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
    }
    var peer = ctx.request().connection().remoteAddress();
    return peer != null && (ClientAddress.inRange(peer.hostAddress(), "127.0.0.0/8")
        || ClientAddress.inRange(peer.hostAddress(), "::1/128"));
  }

  private void spaFallback(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (api || last.contains(".") || path.equals("/")) {
      ctx.next();
      return;
    }
    ctx.reroute("/index.html");
  }

  private void reject(RoutingContext ctx, ProblemType type, String detail) {
    try {
      byte[] body = json.writeValueAsBytes(new ProblemException(type, detail).toProblem(ctx.normalizedPath()));
      ctx.response().setStatusCode(type.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(io.vertx.core.buffer.Buffer.buffer(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.fail(type.status());
    }
  }
}
