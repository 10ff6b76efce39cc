/**
 * The working-time calendar in the admin's words: weekdays, kinds and scopes of days off in Bahasa
 * Indonesia, the office week as seven editable rows, and the API's field errors placed at those rows.
 */
import type { FieldError } from '../api/problems'
import { fieldMessage } from '../api/problems'
import type { HolidayKind, HolidayScope, OfficeDay, OfficeHoursOverride, Weekday } from '../api/sla'

export const WEEKDAYS: readonly { value: Weekday; label: string }[] = [
  { value: 'MONDAY', label: 'Senin' },
  { value: 'TUESDAY', label: 'Selasa' },
  { value: 'WEDNESDAY', label: 'Rabu' },
  { value: 'THURSDAY', label: 'Kamis' },
  { value: 'FRIDAY', label: 'Jumat' },
  { value: 'SATURDAY', label: 'Sabtu' },
  { value: 'SUNDAY', label: 'Minggu' },
]

export const HOLIDAY_KIND_LABELS: Readonly<Record<HolidayKind, string>> = {
  LIBUR_NASIONAL: 'Libur nasional',
  CUTI_BERSAMA: 'Cuti bersama',
  LIBUR_DAERAH: 'Libur daerah',
  LAINNYA: 'Lainnya',
}

export const HOLIDAY_SCOPE_LABELS: Readonly<Record<HolidayScope, string>> = {
  NATIONAL: 'Nasional',
  KABUPATEN: 'Kabupaten',
  KECAMATAN: 'Kecamatan',
}

/** One weekday as the editor shows it; times as an <input type=time> gives them ("07:30"), or "". */
export interface DayRow {
  weekday: Weekday
  working: boolean
  opens: string
  closes: string
  breakStarts: string
  breakEnds: string
}

export interface OverrideRow {
  id?: number
  name: string
  validFrom: string
  validTo: string
  days: DayRow[]
}

/** "07:30:00" → "07:30". */
const hhmm = (time: string | null | undefined) => (time ?? '').slice(0, 5)

/** The seven weekdays, Monday first; a weekday the week does not list is off (with usual hours ready). */
export function toRows(week: readonly OfficeDay[]): DayRow[] {
  return WEEKDAYS.map(({ value }) => {
    const day = week.find((d) => d.weekday === value)
    return day
      ? { weekday: value, working: true, opens: hhmm(day.opens), closes: hhmm(day.closes), breakStarts: hhmm(day.breakStarts), breakEnds: hhmm(day.breakEnds) }
      : { weekday: value, working: false, opens: '07:30', closes: '16:00', breakStarts: '', breakEnds: '' }
  })
}

/** The working days only, as the API takes them; a break is sent only when both ends are given. */
export function fromRows(rows: readonly DayRow[]): OfficeDay[] {
  return rows
    .filter((r) => r.working)
    .map((r) => ({
      weekday: r.weekday,
      opens: r.opens,
      closes: r.closes,
      ...(r.breakStarts || r.breakEnds ? { breakStarts: r.breakStarts, breakEnds: r.breakEnds } : {}),
    }))
}

export function toOverrideRows(overrides: readonly OfficeHoursOverride[]): OverrideRow[] {
  return overrides.map((o) => ({ id: o.id, name: o.name, validFrom: o.validFrom, validTo: o.validTo, days: toRows(o.week) }))
}

export function fromOverrideRows(rows: readonly OverrideRow[]): OfficeHoursOverride[] {
  return rows.map((r) => ({
    ...(r.id != null ? { id: r.id } : {}),
    name: r.name.trim(),
    validFrom: r.validFrom,
    validTo: r.validTo,
    week: fromRows(r.days),
  }))
}

/** A new override: the standing week's hours, to change. */
export function newOverride(week: readonly DayRow[]): OverrideRow {
  return { name: '', validFrom: '', validTo: '', days: week.map((d) => ({ ...d })) }
}

/** The key of a weekday's error in a week: "week.FRIDAY", "overrides.0.week.FRIDAY". */
export function dayKey(prefix: string, weekday: Weekday): string {
  return `${prefix}.${weekday}`
}

/**
 * The API's field errors keyed by where the editor shows them: "timeZone", "week", "week.FRIDAY",
 * "overrides.1.validTo", "overrides.1.week.MONDAY". A week's index counts the working days sent, so it is
 * turned back into its weekday; a path prefix of the operation ("replaceCalendar.request.") is dropped.
 */
export function calendarErrors(errors: readonly FieldError[], sent: { week: readonly OfficeDay[]; overrides: readonly OfficeHoursOverride[] }): Record<string, string> {
  const result: Record<string, string> = {}
  const add = (key: string, message: string) => {
    result[key] = result[key] && !result[key].includes(message) ? `${result[key]} ${message}` : message
  }
  const inWeek = (prefix: string, week: readonly OfficeDay[] | undefined, index: string | undefined) => {
    const day = index === undefined ? undefined : week?.[Number(index)]
    return day ? dayKey(prefix, day.weekday) : prefix
  }
  for (const error of errors) {
    const path = /(?:^|\.)((?:timeZone|week|overrides)(?:[.[].*)?)$/.exec(error.field)?.[1] ?? error.field
    const message = fieldMessage(error)
    const week = /^week(?:\[(\d+)\])?/.exec(path)
    const override = /^overrides\[(\d+)\](?:\.(name|validFrom|validTo|week)(?:\[(\d+)\])?)?/.exec(path)
    if (week) add(inWeek('week', sent.week, week[1]), message)
    else if (override?.[2] === 'week') add(inWeek(`overrides.${override[1]}.week`, sent.overrides[Number(override[1])]?.week, override[3]), message)
    else if (override) add(`overrides.${override[1]}${override[2] ? `.${override[2]}` : ''}`, message)
    else add(path, message)
  }
  return result
}
