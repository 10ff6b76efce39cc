import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import SlaBadge from '../components/SlaBadge.vue'
import { demoSop } from '../testing/sopFixture'
import { describeStepSla, formatDueAt, formatWorkingMinutes, SLA_STATUS_ORDER, slaClass, slaLabel, slaOf } from './sla'

describe('sla', () => {
  afterEach(() => cleanup())

  it('writes working minutes as hours and minutes, never days', () => {
    expect(formatWorkingMinutes(65)).toBe('1 jam 5 menit')
    expect(formatWorkingMinutes(45)).toBe('45 menit')
    expect(formatWorkingMinutes(0)).toBe('0 menit')
    expect(formatWorkingMinutes(120)).toBe('2 jam')
    expect(formatWorkingMinutes(4500)).toBe('75 jam')
    expect(formatWorkingMinutes(59.6)).toBe('1 jam')
    expect(formatWorkingMinutes(-3)).toBe('0 menit')
    expect(formatWorkingMinutes(Number.NaN)).toBe('0 menit')
  })

  it('names every status in words with its own colour class', () => {
    expect(SLA_STATUS_ORDER.map(slaLabel)).toEqual([
      'Belum mulai',
      'Sesuai mutu baku',
      'Hampir lewat',
      'Terlambat',
      'Selesai tepat waktu',
      'Selesai terlambat',
    ])
    expect(slaClass('OVERDUE')).toBe('sla--overdue')
    expect(new Set(SLA_STATUS_ORDER.map(slaClass)).size).toBe(6)
    expect(slaLabel('LATER_STATUS')).toBe('LATER_STATUS')
    expect(slaClass('LATER_STATUS')).toBe('sla--not-started')
  })

  it("writes a due time in the kecamatan's time zone without the comma", () => {
    expect(formatDueAt('2026-12-03T09:00:00Z')).toBe('3 Des 2026 16.00')
    expect(formatDueAt('2026-12-03T09:00:00Z', 'Asia/Jayapura')).toBe('3 Des 2026 18.00')
    expect(formatDueAt(null)).toBe('')
    expect(formatDueAt('not a date')).toBe('')
  })

  it('treats a step without SLA as not started and describes it for the tooltip', () => {
    const step7 = demoSop.steps[6]
    expect(slaOf(7, [])).toEqual({ number: 7, status: 'NOT_STARTED', elapsedMinutes: 0, rounds: 0 })
    expect(describeStepSla(step7, slaOf(7, undefined))).toEqual([
      'Status: Belum mulai',
      'Mutu baku: 30 menit per bagian',
      'Waktu nyata: belum dimulai',
    ])
    expect(
      describeStepSla(step7, { number: 7, status: 'NOT_KEPT', elapsedMinutes: 200, rounds: 2, dueAt: '2026-12-03T09:00:00Z', finishedAt: '2026-12-04T02:30:00Z' }),
    ).toEqual([
      'Status: Selesai terlambat',
      'Mutu baku: 30 menit per bagian',
      'Waktu nyata: 3 jam 20 menit kerja',
      'Tenggat: 3 Des 2026 16.00',
      'Selesai: 4 Des 2026 09.30',
      'Putaran: 2 kali',
    ])
  })

  it('SlaBadge shows the label on its colour, with the due time when given', () => {
    render(SlaBadge, { props: { status: 'OVERDUE', dueAt: '2026-12-03T09:00:00Z' } })
    const badge = screen.getByText(/^Terlambat/)
    expect(badge.textContent).toBe('Terlambat · tenggat 3 Des 2026 16.00')
    expect(badge.classList).toContain('sla--overdue')
    cleanup()
    render(SlaBadge, { props: { status: 'KEPT' } })
    expect(screen.getByText('Selesai tepat waktu').classList).toContain('sla--kept')
  })
})
