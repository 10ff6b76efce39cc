package id.alurkinerja.access;

/** How a request proved who is behind it; each credential reaches a different set of verbs. */
public enum Credential {
  /** A person's login (password, then refresh tokens): every verb their positions grant. */
  LOGIN,
  /** A personal API token of an official's script: at most the verbs chosen when it was made. */
  API_TOKEN,
  /** A kabupaten system's service account (OAuth 2.0 client credentials): the verbs of its scopes. */
  SERVICE
}
