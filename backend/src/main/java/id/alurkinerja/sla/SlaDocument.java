package id.alurkinerja.sla;

/** What a piece of work is done on. */
public enum SlaDocument { FORM, DISPATCH, SUBMISSION, RECAP }
