package id.alurkinerja.kinerja;

/** Whether a higher or a lower realisation is better. */
public enum Polarity { higher_is_better, lower_is_better }
