/**
 * The SLA of the SOP's steps in Bahasa Indonesia: one table of status labels and colour classes for
 * every page (the flowchart, task badges), and the words for working time and due times.
 *
 * The types are the API contract's (`Schemas['SopView']`, `Schemas['StepMonitoring']`), loosened only
 * where the flowchart accepts less: nulls for absent fields, a step's SLA without its monitoring extras.
 */
import type { Schemas } from '../api/client'
import { DEFAULT_TIME_ZONE } from './format'

export type SlaStatus = Schemas['SlaStatus']

export type SopDuration = Schemas['SopDuration']

type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null }

export type SopStepData = Nullable<Schemas['SopStep'], 'decision' | 'refusalStep' | 'notes'>

export type SopData = Pick<Schemas['SopView'], 'versionId' | 'version' | 'lanes'> & { steps: SopStepData[] }

type StepMonitoring = Schemas['StepMonitoring']

/** A step's SLA as the flowchart reads it; a `StepMonitoring` row is one. */
export type StepSla = Pick<StepMonitoring, 'number' | 'status' | 'elapsedMinutes' | 'rounds'> &
  Nullable<Partial<Pick<StepMonitoring, 'budgetMinutes' | 'dueAt' | 'startedAt' | 'finishedAt'>>, 'budgetMinutes' | 'dueAt' | 'startedAt' | 'finishedAt'>

/** Each status's words and colour class; the class's colours are in styles.css (`.sla--…`). */
export const SLA_STATUSES: Readonly<Record<SlaStatus, { label: string; className: string }>> = {
  NOT_STARTED: { label: 'Belum mulai', className: 'sla--not-started' },
  ON_TIME: { label: 'Sesuai mutu baku', className: 'sla--on-time' },
  AT_RISK: { label: 'Hampir lewat', className: 'sla--at-risk' },
  OVERDUE: { label: 'Terlambat', className: 'sla--overdue' },
  KEPT: { label: 'Selesai tepat waktu', className: 'sla--kept' },
  NOT_KEPT: { label: 'Selesai terlambat', className: 'sla--not-kept' },
}

/** The statuses in the order a legend lists them. */
export const SLA_STATUS_ORDER = Object.keys(SLA_STATUSES) as SlaStatus[]

/** "Terlambat"; a status this version does not know reads as itself rather than as nothing. */
export function slaLabel(status: SlaStatus | string): string {
  return SLA_STATUSES[status as SlaStatus]?.label ?? status
}

/** "sla--overdue"; an unknown status gets the not-started look. */
export function slaClass(status: SlaStatus | string): string {
  return SLA_STATUSES[status as SlaStatus]?.className ?? SLA_STATUSES.NOT_STARTED.className
}

/**
 * Office minutes as hours and minutes: "1 jam 5 menit", "45 menit", "2 jam", "0 menit".
 * No days: a working day's length depends on the kecamatan's office hours, so counting days here
 * would be wrong on Fridays and in Ramadan.
 */
export function formatWorkingMinutes(minutes: number): string {
  const total = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0
  const hours = Math.floor(total / 60)
  const rest = total % 60
  if (hours === 0) return `${rest} menit`
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} menit`
}

const DUE_FORMATS = new Map<string, Intl.DateTimeFormat>()

/** A due time as "3 Des 2026 16.00" in the kecamatan's time zone; "" when missing or invalid. */
export function formatDueAt(iso: string | null | undefined, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  let format = DUE_FORMATS.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone })
    DUE_FORMATS.set(timeZone, format)
  }
  // ICU puts ", " between the date and the time; Indonesian letters write them side by side.
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'literal' && part.value.trim() === ',' ? ' ' : part.value))
    .join('')
}

/** The SLA of one step, NOT_STARTED when the cycle has none for it yet. */
export function slaOf(number: number, steps: readonly StepSla[] | undefined): StepSla {
  return steps?.find((s) => s.number === number) ?? { number, status: 'NOT_STARTED', elapsedMinutes: 0, rounds: 0 }
}

/** What a step's tooltip says: mutu baku, the real working time, the due time or when it finished. */
export function describeStepSla(step: SopStepData, sla: StepSla, timeZone: string = DEFAULT_TIME_ZONE): string[] {
  const lines = [`Status: ${slaLabel(sla.status)}`, `Mutu baku: ${step.time}`]
  lines.push(
    sla.status === 'NOT_STARTED'
      ? 'Waktu nyata: belum dimulai'
      : `Waktu nyata: ${formatWorkingMinutes(sla.elapsedMinutes)} kerja`,
  )
  const due = formatDueAt(sla.dueAt, timeZone)
  if (due) lines.push(`Tenggat: ${due}`)
  const finished = formatDueAt(sla.finishedAt, timeZone)
  if (finished) lines.push(`Selesai: ${finished}`)
  if (sla.rounds > 1) lines.push(`Putaran: ${sla.rounds} kali`)
  return lines
}
