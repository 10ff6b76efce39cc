/** Dates and numbers as Indonesian government letters write them: "26 November 2026", "1.234,5". */

const DATE = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 })

/** The time zone of Kecamatan Bulu and the default of every kecamatan (WIB). */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta'

/** Formats an ISO date ("2026-11-26") or date-time; returns "" for null/undefined/invalid input. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date)
}

const DATE_TIME_CACHE = new Map<string, Intl.DateTimeFormat>()

function dateTimeParts(timeZone: string): Intl.DateTimeFormat {
  let format = DATE_TIME_CACHE.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
    DATE_TIME_CACHE.set(timeZone, format)
  }
  return format
}

/**
 * An instant as "26 November 2026 pukul 09.15", in the kecamatan's time zone (default WIB).
 * Returns "" for missing or invalid input.
 */
export function formatDateTime(iso: string | null | undefined, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = dateTimePartsOf(iso, timeZone)
  return parts ? `${parts.day} ${parts.month} ${parts.year} pukul ${parts.hour}.${parts.minute}` : ''
}

/** An instant's day, month name, year, hour and minute in a zone ("26", "November", …); null when invalid. */
export function dateTimePartsOf(iso: string | null | undefined, timeZone: string): Record<string, string> | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return Object.fromEntries(dateTimeParts(timeZone).formatToParts(date).map((p) => [p.type, p.value]))
}

/** "26 November 2026 s.d. 31 Desember 2026"; an open end reads "sejak 26 November 2026". */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `${formatDate(from)} s.d. ${formatDate(to)}`
  if (from) return `sejak ${formatDate(from)}`
  if (to) return `sampai ${formatDate(to)}`
  return ''
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : NUMBER.format(value)
}

/** A waiting time in words: "kurang dari 1 menit", "45 menit", "2 jam 5 menit", "3 hari 4 jam". */
export function formatDuration(minutes: number): string {
  if (minutes < 1) return 'kurang dari 1 menit'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  if (days > 0) return hours > 0 ? `${days} hari ${hours} jam` : `${days} hari`
  if (hours > 0) return rest > 0 ? `${hours} jam ${rest} menit` : `${hours} jam`
  return `${rest} menit`
}

const MEGABYTES = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 })

/** A size in bytes as megabytes, the way limits are told: "20 MB", "1,5 MB". */
export function formatMegabytes(bytes: number): string {
  return `${MEGABYTES.format(bytes / (1024 * 1024))} MB`
}

/** Who acted: "Ir. Hadi Santoso selaku Plh. Camat Bulu", "Ir. Hadi Santoso (Kepala Subbag …)", or "Sistem". */
export function formatActor(entry: { actorName?: string; actingFor?: string; capacity?: string }): string {
  const name = entry.actorName ?? 'Sistem'
  if (entry.actingFor) return `${name} selaku ${entry.actingFor}`
  return entry.capacity ? `${name} (${entry.capacity})` : name
}
