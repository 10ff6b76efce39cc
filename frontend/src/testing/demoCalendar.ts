import type { CalendarView, OfficeDay, Weekday } from '../api/sla'

const day = (weekday: Weekday, closes = '16:00:00'): OfficeDay => ({
  weekday,
  opens: '07:30:00',
  closes,
  breakStarts: '12:00:00',
  breakEnds: '13:00:00',
})

/** Kecamatan Bulu's calendar: Monday to Friday (Friday until 11:30), one national and one local day off. */
export function demoCalendar(overrides: Partial<CalendarView> = {}): CalendarView {
  return {
    kecamatanId: 1,
    timeZone: 'Asia/Jakarta',
    week: [day('MONDAY'), day('TUESDAY'), day('WEDNESDAY'), day('THURSDAY'), { weekday: 'FRIDAY', opens: '07:30:00', closes: '11:30:00' }],
    defaultWeek: false,
    overrides: [],
    holidays: [
      { id: 1, day: '2026-01-01', kind: 'LIBUR_NASIONAL', name: 'Tahun Baru 2026 Masehi', source: 'SKB 3 Menteri', scope: 'NATIONAL' },
      { id: 9, day: '2026-07-15', kind: 'LIBUR_DAERAH', name: 'Hari Jadi Kabupaten Sukoharjo', source: 'Keputusan Bupati', scope: 'KABUPATEN' },
    ],
    year: 2026,
    ...overrides,
  }
}
