package id.alurkinerja.kinerja;

/** How unit values combine in the recap. */
public enum Aggregation { sum, average, min, max, none }
