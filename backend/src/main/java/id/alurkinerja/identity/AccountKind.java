package id.alurkinerja.identity;

/** Whether a login is a person or a kabupaten system's service account. */
public enum AccountKind {
  PERSON,
  /** Gets tokens only through client credentials ({@link ServiceClient}); never logs in with a password. */
  SERVICE
}
