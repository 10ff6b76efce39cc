package id.alurkinerja.calendar;

import java.util.List;

/**
 * The working-time calendar of these kecamatan changed (office hours, an override, a day off), inside
 * the transaction that changed it: due times of open work move with it.
 */
public record CalendarChanged(List<Long> kecamatanIds) {}
