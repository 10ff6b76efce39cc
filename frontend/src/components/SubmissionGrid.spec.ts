import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import SubmissionGrid from './SubmissionGrid.vue'
import type { Schemas } from '../api/client'
import { useSessionStore } from '../stores/session'
import { demoMe, fakeApi, json, problemWith } from '../testing/fakeApi'

function row(id: number, unitName: string, state: Schemas['SubmissionState'], version: number): Schemas['SubmissionSummary'] {
  return { id, unitId: id, unitName, state, round: 1, returnedCount: 0, indicators: 3, filled: 3, stateChangedAt: '2026-11-20T02:00:00Z', version }
}

async function renderGrid(verbs: Schemas['Verb'][]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = { ...demoMe, verbs }
  const stub = { template: '<p />' }
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/data/:submissionId', name: 'submission', component: stub }, { path: '/', component: stub }] })
  await router.push('/')
  render(SubmissionGrid, { props: { formId: 2 }, global: { plugins: [pinia, router] } })
}

describe('SubmissionGrid', () => {
  beforeEach(() => vi.unstubAllGlobals())
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('verifies the ticked units one by one, each on the version shown, and names the one that changed meanwhile', async () => {
    const before = [row(11, 'Seksi Pemerintahan', 'SUBMITTED', 5), row(12, 'Seksi Ketenteraman', 'SUBMITTED', 7), row(13, 'Subbag Umum', 'SUBMITTED', 4), row(14, 'Seksi Kesra', 'DRAFT', 2)]
    const after = [row(11, 'Seksi Pemerintahan', 'VERIFIED', 6), row(12, 'Seksi Ketenteraman', 'RETURNED', 9), row(13, 'Subbag Umum', 'VERIFIED', 5), before[3]]
    const api = fakeApi({
      'GET /api/v1/forms/2/submissions': [() => json(before), () => json(after)],
      'POST /api/v1/submissions/11/verifications': () => json({}),
      'POST /api/v1/submissions/12/verifications': () => problemWith(412, 'precondition-failed', { context: { currentETag: '"9"' } }),
      'POST /api/v1/submissions/13/verifications': () => json({}),
    })
    await renderGrid(['form.read', 'submission.read', 'submission.verify'])

    await fireEvent.click(await screen.findByLabelText('Pilih semua yang menunggu verifikasi (3)'))
    // a unit still drafting cannot be ticked
    expect(screen.queryByLabelText('Pilih Seksi Kesra')).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Verifikasi yang dipilih (3)' }))
    const dialog = screen.getByRole('dialog', { name: 'Verifikasi 3 data unit' })
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent?.split(' — ')[0])).toEqual([
      'Seksi Pemerintahan',
      'Seksi Ketenteraman',
      'Subbag Umum',
    ])
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Verifikasi 3 data' }))

    const report = await screen.findByText(/telah diverifikasi/)
    expect(report.textContent).toBe('2 data unit telah diverifikasi. 1 tidak diverifikasi dan tidak berubah:')
    const failed = report.parentElement!.querySelectorAll('li')
    expect(failed).toHaveLength(1)
    expect(failed[0].textContent).toContain('Seksi Ketenteraman')
    expect(failed[0].textContent).toContain('datanya berubah sejak daftar ini dimuat')
    const posts = api.calls.filter((c) => c.method === 'POST')
    expect(posts.map((c) => [c.path, c.ifMatch, JSON.parse(c.body).decision])).toEqual([
      ['/api/v1/submissions/11/verifications', '"5"', 'VERIFY'],
      ['/api/v1/submissions/12/verifications', '"7"', 'VERIFY'],
      ['/api/v1/submissions/13/verifications', '"4"', 'VERIFY'],
    ])
    // the grid is read again and shows what happened
    await vi.waitFor(() => expect(api.callsTo('GET /api/v1/forms/2/submissions')).toHaveLength(2))
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: /Verifikasi yang dipilih/ })).toBeNull())
  })

  it('offers no ticking to those who do not verify', async () => {
    fakeApi({ 'GET /api/v1/forms/2/submissions': () => json([row(11, 'Seksi Pemerintahan', 'SUBMITTED', 5)]) })
    await renderGrid(['form.read', 'submission.read'])
    await screen.findByText('Seksi Pemerintahan')
    expect(screen.queryByRole('checkbox')).toBeNull()
    expect(screen.queryByRole('button', { name: /Verifikasi yang dipilih/ })).toBeNull()
  })
})
