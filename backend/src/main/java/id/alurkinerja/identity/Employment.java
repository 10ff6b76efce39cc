package id.alurkinerja.identity;

/** PNS carry an 18-digit NIP, PPPK an 18-digit NI PPPK of the same shape, non-ASN staff none. */
public enum Employment {
  PNS,
  PPPK,
  NON_ASN
}
