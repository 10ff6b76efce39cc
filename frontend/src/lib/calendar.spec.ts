import { describe, expect, it } from 'vitest'
import { calendarErrors, fromRows, toRows } from './calendar'
import { demoCalendar } from '../testing/demoCalendar'

describe('calendar rows', () => {
  it('shows all seven weekdays, the unlisted ones off, with times as hours and minutes', () => {
    const rows = toRows(demoCalendar().week)
    expect(rows.map((r) => [r.weekday, r.working])).toEqual([
      ['MONDAY', true], ['TUESDAY', true], ['WEDNESDAY', true], ['THURSDAY', true], ['FRIDAY', true], ['SATURDAY', false], ['SUNDAY', false],
    ])
    expect(rows[0]).toMatchObject({ opens: '07:30', closes: '16:00', breakStarts: '12:00', breakEnds: '13:00' })
    expect(rows[4]).toMatchObject({ closes: '11:30', breakStarts: '', breakEnds: '' })
  })

  it('sends only the working days, and a break only when one is given', () => {
    const rows = toRows(demoCalendar().week)
    rows[0].working = false
    rows[5].working = true
    const week = fromRows(rows)
    expect(week.map((d) => d.weekday)).toEqual(['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'])
    expect(week[3]).toEqual({ weekday: 'FRIDAY', opens: '07:30', closes: '11:30' })
    expect(week[0]).toEqual({ weekday: 'TUESDAY', opens: '07:30', closes: '16:00', breakStarts: '12:00', breakEnds: '13:00' })
  })
})

describe('calendarErrors', () => {
  it("places each error at the weekday it is about, counting only the working days sent", () => {
    const week = fromRows(toRows(demoCalendar().week)) // Monday..Friday
    const overrides = [{ name: 'Ramadan', validFrom: '2027-02-08', validTo: '2027-02-01', week: week.slice(2) }]
    expect(
      calendarErrors(
        [
          { field: 'timeZone', code: 'TIME_ZONE', message: '' },
          { field: 'week[4]', code: 'OFFICE_HOURS', message: '' },
          { field: 'replaceCalendar.request.week[1].opens', code: 'REQUIRED', message: '' },
          { field: 'overrides[0].validTo', code: 'DATE_RANGE', message: '' },
          { field: 'overrides[0].week[0]', code: 'OFFICE_HOURS', message: '' },
          { field: 'overrides[0].week', code: 'WEEK_WITHOUT_WORKING_DAY', message: '' },
        ],
        { week, overrides },
      ),
    ).toEqual({
      timeZone: 'Pilih zona waktu WIB, WITA atau WIT.',
      'week.FRIDAY': 'Jam kerja harus dibuka sebelum ditutup, dengan istirahat di antaranya.',
      'week.TUESDAY': 'Wajib diisi.',
      'overrides.0.validTo': 'Tanggal akhir sebelum tanggal awal.',
      'overrides.0.week.WEDNESDAY': 'Jam kerja harus dibuka sebelum ditutup, dengan istirahat di antaranya.',
      'overrides.0.week': 'Sepekan perlu paling sedikit satu hari kerja.',
    })
  })
})
