import { describe, expect, it } from 'vitest'
import { realTime, refusalText, unitCountdown } from './monitoring'
import { filenameOf } from '../api/monitoring'

describe('monitoring words', () => {
  it("tells a unit's time left to the tenggat", () => {
    expect(unitCountdown({ status: 'OVERDUE', workingDaysLeft: 0, dueAt: '2026-12-01T09:00:00Z' })).toBe('Lewat tenggat')
    expect(unitCountdown({ status: 'ON_TIME', workingDaysLeft: 3, dueAt: '2026-12-09T09:00:00Z' })).toBe('3 hari kerja lagi')
    expect(unitCountdown({ status: 'AT_RISK', workingDaysLeft: 0, dueAt: '2026-12-09T09:00:00Z' })).toBe('Hari terakhir')
    expect(unitCountdown({ status: 'KEPT', workingDaysLeft: 0, dueAt: '2026-12-09T09:00:00Z' })).toBe('—')
    expect(unitCountdown({ status: 'NOT_STARTED', workingDaysLeft: 0 })).toBe('—')
  })

  it('gives the real working time only for steps begun', () => {
    expect(realTime({ status: 'NOT_STARTED', elapsedMinutes: 0 })).toBe('—')
    expect(realTime({ status: 'KEPT', elapsedMinutes: 65 })).toBe('1 jam 5 menit')
  })

  it('writes a refusal with who, when, the unit and the reason', () => {
    expect(
      refusalText({ at: '2026-11-10T03:00:00Z', byName: 'Drs. Hadi', capacity: 'Camat', outcome: 'REFUSE', reason: 'Tenggat terlalu dekat.', unitName: 'Seksi Trantib' }),
    ).toBe('10 November 2026 pukul 10.00 oleh Drs. Hadi (Camat) — Seksi Trantib: Tenggat terlalu dekat.')
    expect(refusalText({ at: '2026-11-10T03:00:00Z', outcome: 'RETURN', reason: 'Kurang.' })).toBe('10 November 2026 pukul 10.00: Kurang.')
  })

  it("takes a download's file name from Content-Disposition", () => {
    expect(filenameOf('attachment; filename="monitoring-sop-2026-bulu.xlsx"', 'x')).toBe('monitoring-sop-2026-bulu.xlsx')
    expect(filenameOf(null, 'monitoring-sop-7.csv')).toBe('monitoring-sop-7.csv')
  })
})
