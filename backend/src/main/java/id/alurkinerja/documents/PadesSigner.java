package id.alurkinerja.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline signature (ETSI.CAdES.detached, SHA-256, with the signing-certificate-v2 attribute)
 * with a key and certificate chain from a PKCS#12 file, added as an incremental update so the
 * printed bytes stay inside the signed file unchanged.
 */
public final class PadesSigner implements PdfSigner {

  private final PrivateKey key;
  private final List<X509Certificate> chain;

  PadesSigner(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain;
  }

  /** The signer of the key {@code alias} (or the first key) of a PKCS#12 file. */
  public static PadesSigner load(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String name = alias;
      if (name == null) {
        name = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
            .orElseThrow(() -> new IllegalStateException("No private key in " + file));
      }
      PrivateKey key = (PrivateKey) store.getKey(name, password);
      Certificate[] certs = store.getCertificateChain(name);
      if (key == null || certs == null || certs.length == 0) {
        throw new IllegalStateException("No key with a certificate named " + name + " in " + file);
      }
      return new PadesSigner(key, Arrays.stream(certs).map(c -> (X509Certificate) c).toList());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("The document signing certificate " + file + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public PdfSignature kind() {
    return PdfSignature.PADES;
  }

  @Override
  public byte[] sign(byte[] pdf, String reason, String location) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(chain.get(0).getSubjectX500Principal().getName());
      signature.setReason(reason);
      signature.setLocation(location);
      signature.setSignDate(Calendar.getInstance());
      doc.addSignature(signature, this::cms);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      doc.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF could not be signed", e);
    }
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      X509Certificate cert = chain.get(0);
      byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
      Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2(
              new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
              new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
              new AttributeTable(signingCertificate)))
          .build(new JcaContentSignerBuilder(algorithmFor(key)).build(key), cert));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("CMS signature failed: " + e.getMessage(), e);
    }
  }

  private static String algorithmFor(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      default -> "SHA256withRSA";
    };
  }
}
