package id.alurkinerja.platform.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RS256 key pair kept as PEM files: generated once, then reused so tokens survive restarts. */
public record JwtKeyFiles(Path privateKey, Path publicKey) {

  public static synchronized JwtKeyFiles ensureIn(Path dir) {
    JwtKeyFiles files = new JwtKeyFiles(dir.resolve("jwt-private.pem"), dir.resolve("jwt-public.pem"));
    if (Files.exists(files.privateKey()) && Files.exists(files.publicKey())) {
      return files;
    }
    try {
      Files.createDirectories(dir);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Path tmpPrivate = Files.createTempFile(dir, "jwt-private", ".tmp");
      try {
        Files.setPosixFilePermissions(tmpPrivate, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // best effort on file systems without POSIX permissions
      }
      Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(files.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      Files.move(tmpPrivate, files.privateKey(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create JWT keys in " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
