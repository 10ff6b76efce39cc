package id.alurkinerja.platform.web;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.BodyTooLarge;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * The body-size limits counted as the bytes arrive. {@link HttpRoutes} refuses a declared
 * {@code Content-Length} beyond the limit before anything is read; a chunked body declares none, so
 * its stream is counted here and refused (413, nothing changed) once it passes the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  /** Evidence uploads and files presented for verification carry files, not JSON: they get the attachment limit. */
  static final Pattern UPLOAD = Pattern.compile("/api/v1/submissions/\\d+/attachments|/api/v1/verify/[^/]+/file|/verify/[^/]+");

  /** Looked up per request: providers are created before the configuration mapping exists. */
  @Inject Instance<AlurConfig> config;

  /** The limit for a request to {@code path}. */
  static long limitFor(AlurConfig config, String path) {
    return UPLOAD.matcher(path).matches() ? config.attachments().maxFileBytes() : config.api().maxJsonBytes();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getPath();
    if (path.startsWith("/api/") && request.getHeaderString("Content-Length") == null && request.hasEntity()) {
      request.setEntityStream(new Counted(request.getEntityStream(), limitFor(config.get(), path)));
    }
  }

  private static final class Counted extends FilterInputStream {

    private final long limit;
    private long read;

    Counted(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }
  }
}
