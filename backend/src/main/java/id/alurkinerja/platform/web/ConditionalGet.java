package id.alurkinerja.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Conditional GET on every JSON read (and CSV built in memory): a document answers with its version as the ETag; a list (or
 * anything else without one) gets a weak ETag over its body. A GET whose {@code If-None-Match}
 * names the current ETag answers 304 without a body, so a client polling an unchanged inbox or
 * document moves no data.
 */
@Provider
public class ConditionalGet implements ContainerResponseFilter {

  /** Exports built in memory as CSV are tagged like JSON; files and streams keep their own handling. */
  private static final MediaType CSV = new MediaType("text", "csv");

  @Inject ObjectMapper mapper;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    boolean csv = type != null && CSV.isCompatible(type) && response.getEntity() instanceof byte[];
    if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
        || !csv && (type != null && !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || response.getEntity() instanceof byte[] || response.getEntity() instanceof java.io.InputStream)) {
      return;
    }
    EntityTag tag = response.getEntityTag();
    if (tag == null) {
      tag = new EntityTag(csv ? hex((byte[]) response.getEntity()) : digest(response.getEntity()), true);
      response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    }
    Object vary = response.getHeaders().getFirst(HttpHeaders.VARY); // e.g. Accept, set by a negotiating resource
    response.getHeaders().putSingle(HttpHeaders.VARY, vary == null ? "Authorization" : vary + ", Authorization");
    String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }

  /** Weak comparison (RFC 9110 13.1.2): any listed tag with the same opaque value, or "*". */
  public static boolean matches(String header, EntityTag tag) {
    return Arrays.stream(header.split(",")).map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals("\"" + tag.getValue() + "\""));
  }

  private String digest(Object entity) {
    try {
      return hex(mapper.writeValueAsBytes(entity));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot tag a response", e);
    }
  }

  private static String hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot tag a response", e);
    }
  }
}
