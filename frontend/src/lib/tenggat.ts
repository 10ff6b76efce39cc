/**
 * A tenggat as Indonesian letters write it, with the zone the kecamatan keeps its office hours in:
 * "15 Januari 2027 16.00 WIB", and the working days left: "sisa 3 hari kerja".
 */
import { dateTimePartsOf, DEFAULT_TIME_ZONE } from './format'

/** The three zones of Indonesia by their Indonesian abbreviation. */
export const TIME_ZONES: readonly { value: string; abbreviation: string; label: string }[] = [
  { value: 'Asia/Jakarta', abbreviation: 'WIB', label: 'WIB — Waktu Indonesia Barat (Asia/Jakarta)' },
  { value: 'Asia/Makassar', abbreviation: 'WITA', label: 'WITA — Waktu Indonesia Tengah (Asia/Makassar)' },
  { value: 'Asia/Jayapura', abbreviation: 'WIT', label: 'WIT — Waktu Indonesia Timur (Asia/Jayapura)' },
]

/** "WIB"; a zone outside Indonesia reads as its IANA name. */
export function zoneAbbreviation(timeZone: string): string {
  return TIME_ZONES.find((z) => z.value === timeZone)?.abbreviation ?? timeZone
}

/** "15 Januari 2027 16.00 WIB" in the kecamatan's zone; "" when missing or invalid. */
export function formatTenggat(iso: string | null | undefined, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = dateTimePartsOf(iso, timeZone)
  return p ? `${p.day} ${p.month} ${p.year} ${p.hour}.${p.minute} ${zoneAbbreviation(timeZone)}` : ''
}

/** "sisa 3 hari kerja"; on the last day "hari kerja terakhir". */
export function workingDaysLeftText(days: number): string {
  return days > 0 ? `sisa ${days} hari kerja` : 'hari kerja terakhir'
}

/** Whether a due time has passed at `now`. */
export function isPast(iso: string | null | undefined, now: Date = new Date()): boolean {
  return !!iso && Date.parse(iso) <= now.getTime()
}
