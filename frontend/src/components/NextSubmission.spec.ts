import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import NextSubmission from './NextSubmission.vue'
import type { Schemas } from '../api/client'
import { fakeApi, json } from '../testing/fakeApi'

const row = (id: number, unitName: string, state: Schemas['SubmissionState']): Schemas['SubmissionSummary'] => ({
  id, unitId: id, unitName, state, round: 1, returnedCount: 0, indicators: 3, filled: 3, stateChangedAt: '2026-11-20T02:00:00Z', version: 3,
})

async function renderNext(currentId: number) {
  const stub = { template: '<p />' }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/data/:submissionId', name: 'submission', component: stub }, { path: '/', component: stub }] })
  await router.push('/')
  return render(NextSubmission, { props: { formId: 2, currentId, refreshKey: 1 }, global: { plugins: [router] } })
}

describe('NextSubmission', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('points to the next unit waiting after the one shown, going round to the top, and counts those waiting', async () => {
    fakeApi({
      'GET /api/v1/forms/2/submissions': () =>
        json([row(1, 'Subbag Umum', 'SUBMITTED'), row(2, 'Seksi Pemerintahan', 'VERIFIED'), row(3, 'Seksi Kesra', 'DRAFT'), row(4, 'Seksi PMD', 'SUBMITTED')]),
    })
    await renderNext(2)
    const link = await screen.findByRole('link', { name: 'Berikutnya: Seksi PMD' })
    expect(link.getAttribute('href')).toBe('/data/4')
    expect(screen.getByText('2 data unit lain menunggu verifikasi')).toBeTruthy()
    cleanup()

    await renderNext(4)
    expect((await screen.findByRole('link', { name: 'Berikutnya: Subbag Umum' })).getAttribute('href')).toBe('/data/1')
  })

  it('shows nothing when no other unit waits', async () => {
    fakeApi({ 'GET /api/v1/forms/2/submissions': () => json([row(2, 'Seksi Pemerintahan', 'SUBMITTED'), row(3, 'Seksi Kesra', 'VERIFIED')]) })
    await renderNext(2)
    await new Promise((r) => setTimeout(r, 20))
    expect(screen.queryByRole('navigation', { name: 'Unit berikutnya' })).toBeNull()
  })
})
