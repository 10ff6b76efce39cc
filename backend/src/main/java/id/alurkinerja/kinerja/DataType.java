package id.alurkinerja.kinerja;

/** How values are typed. */
public enum DataType { number, percent, index, yesno, text }
