import type { SopRefusal, UnitMonitoring } from '../api/monitoring'
import { DEFAULT_TIME_ZONE, formatDateTime } from './format'
import { formatWorkingMinutes } from './sla'

/** The words of the SOP monitoring sheet: real working time, a unit's countdown, refusal notes. */

/** "2 jam 5 menit"; "—" for a step not begun. */
export function realTime(step: { status: string; elapsedMinutes: number }): string {
  return step.status === 'NOT_STARTED' ? '—' : formatWorkingMinutes(step.elapsedMinutes)
}

/**
 * What is left of a unit's time: "3 hari kerja lagi", "Hari terakhir", "Lewat tenggat", or "—" once the
 * data is handed in (or the unit has not received the form yet).
 */
export function unitCountdown(unit: Pick<UnitMonitoring, 'status' | 'workingDaysLeft' | 'dueAt'>): string {
  if (unit.status === 'OVERDUE') return 'Lewat tenggat'
  if (unit.status !== 'ON_TIME' && unit.status !== 'AT_RISK') return '—'
  if (!unit.dueAt) return '—'
  return unit.workingDaysLeft > 0 ? `${unit.workingDaysLeft} hari kerja lagi` : 'Hari terakhir'
}

/** "Dikembalikan oleh Drs. Budi (Kasubbag) pada 3 Desember 2026 pukul 09.15 — Seksi Pemerintahan: alasan". */
export function refusalText(r: SopRefusal, timeZone: string = DEFAULT_TIME_ZONE): string {
  const who = r.byName ? ` oleh ${r.byName}${r.capacity ? ` (${r.capacity})` : ''}` : ''
  const unit = r.unitName ? ` — ${r.unitName}` : ''
  return `${formatDateTime(r.at, timeZone)}${who}${unit}: ${r.reason}`
}
