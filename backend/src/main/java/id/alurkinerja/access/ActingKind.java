package id.alurkinerja.access;

/** Pelaksana Tugas (the post is vacant) or Pelaksana Harian (the holder is away). */
public enum ActingKind {
  PLT("Plt."),
  PLH("Plh.");

  private final String prefix;

  ActingKind(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
