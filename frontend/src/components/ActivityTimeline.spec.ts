import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import ActivityTimeline from './ActivityTimeline.vue'
import type { Schemas } from '../api/client'

const late: Schemas['TimelineEntry'] = {
  at: '2026-03-03T02:00:00Z',
  action: 'SUBMIT_FOR_CORRECTION',
  actorName: 'Dewi Lestari',
  toState: 'IN_CORRECTION',
  fromState: 'DRAFT',
  details: {},
  sla: { step: 1, round: 1, startedAt: '2026-02-12T03:00:00Z', dueAt: '2026-03-02T09:00:00Z',
    budgetMinutes: 4800, elapsedMinutes: 4890, kept: false },
}
const onTime: Schemas['TimelineEntry'] = {
  at: '2026-03-04T03:00:00Z',
  action: 'RETURN_TO_STAF',
  actorName: 'Budi Santoso',
  fromState: 'IN_CORRECTION',
  toState: 'DRAFT',
  reason: 'Lengkapi indikator PMD',
  details: {},
  sla: { step: 2, round: 1, startedAt: '2026-03-03T02:00:00Z', dueAt: '2026-03-05T09:00:00Z',
    budgetMinutes: 900, elapsedMinutes: 210, kept: true },
}

describe('ActivityTimeline', () => {
  afterEach(cleanup)

  it('says how long the step an entry ended took against its mutu baku, and whether it was late', async () => {
    render(ActivityTimeline, {
      props: {
        load: async () => [late, onTime, { ...onTime, action: 'EDIT', sla: undefined, reason: undefined }],
        refreshKey: 0,
        actionLabels: {},
        stateLabel: (s: string | null | undefined) => s ?? '',
      },
    })
    const first = await screen.findByText(/Langkah 1:/)
    expect(first.textContent).toContain('81 jam 30 menit kerja dari mutu baku 80 jam')
    expect(first.textContent).toContain('terlambat')
    expect(first.className).toContain('sla--not-kept')
    const second = screen.getByText(/Langkah 2:/)
    expect(second.textContent).toContain('3 jam 30 menit kerja dari mutu baku 15 jam')
    expect(second.textContent).toContain('tepat waktu')
    expect(screen.getAllByText(/^Langkah \d:/)).toHaveLength(2)
  })
})
