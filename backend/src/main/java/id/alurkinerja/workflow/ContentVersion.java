package id.alurkinerja.workflow;

/** The content version of a document an approval binds to: its number and the SHA-256 of its canonical JSON. */
public record ContentVersion(int number, String sha256) {}
