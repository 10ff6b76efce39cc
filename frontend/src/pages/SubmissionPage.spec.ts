import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import SubmissionPage from './SubmissionPage.vue'
import { fakeApi, json } from '../testing/fakeApi'
import { demoKecamatan } from '../testing/demoForm'
import { demoSubmission } from '../testing/demoKinerja'

async function renderPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: { template: '<p />' } },
      { path: '/formulir/:id', name: 'form', component: { template: '<p />' } },
      { path: '/data/:submissionId', name: 'submission', component: SubmissionPage },
    ],
  })
  await router.push('/data/2')
  await router.isReady()
  render(SubmissionPage, { global: { plugins: [createPinia(), router] } })
}

function problemWith(status: number, slug: string, extra: Record<string, unknown> = {}) {
  return new Response(JSON.stringify({ type: `urn:alur-kinerja:problem:${slug}`, title: slug, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

const returnedRound = {
  round: 1,
  submittedAt: '2026-11-26T02:00:00Z',
  submittedCapacity: 'Kepala Seksi Pemerintahan',
  contentSha256: 'd'.repeat(64),
  decision: 'RETURNED',
  decidedAt: '2026-11-26T03:00:00Z',
  decidedCapacity: 'Sekretaris Kecamatan Bulu',
  reason: 'Data APBDes tidak konsisten.',
  values: [],
  changedFromPrevious: [],
  notes: [],
}

const common = {
  'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
  'GET /api/v1/submissions/2/rounds': () => json([returnedRound]),
}

describe('SubmissionPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('shows why the data came back, saves with If-Match, and maps value errors to their indicator', async () => {
    const api = fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
      'PUT /api/v1/submissions/2': () =>
        problemWith(400, 'validation-failed', { errors: [{ field: 'values[1].value', code: 'PERCENT_OVER_100', message: 'a percentage cannot exceed 100' }] }),
    })
    await renderPage()

    await vi.waitFor(() =>
      expect(document.querySelector('[data-last-return]')?.textContent).toContain('Alasan: Data APBDes tidak konsisten.'),
    )
    expect(screen.getByText('Dikembalikan 1 kali')).toBeTruthy()
    const s22 = screen.getByRole('group', { name: /^Indikator S2\.2 / })
    await fireEvent.update(within(s22).getByLabelText('Realisasi (%)'), '110')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    await vi.waitFor(() => expect(api.callsTo('PUT /api/v1/submissions/2')).toHaveLength(1))
    const put = api.fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"5"')
    expect(JSON.parse(api.callsTo('PUT /api/v1/submissions/2')[0].body).values[1]).toEqual({ indicatorCode: 'S2.2', value: 110 })
    await vi.waitFor(() => expect(within(s22).getByText('Persentase tidak boleh lebih dari 100.')).toBeTruthy())
    expect(within(s22).getByLabelText('Realisasi (%)').getAttribute('aria-invalid')).toBe('true')
  })

  it('reloads after a 412 and says that someone else changed the data', async () => {
    const newer = demoSubmission({ version: 6, indicators: demoSubmission().indicators.map((i) => (i.code === 'S2.3' ? { ...i, value: 10 } : i)) })
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': [() => json(demoSubmission(), 200, { ETag: '"5"' }), () => json(newer, 200, { ETag: '"6"' })],
      'PUT /api/v1/submissions/2': () => problemWith(412, 'precondition-failed'),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Simpan' }))

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain'))
    const s23 = screen.getByRole('group', { name: /^Indikator S2\.3 / })
    await vi.waitFor(() => expect((within(s23).getByLabelText('Realisasi (desa)') as HTMLInputElement).value).toBe('10'))
  })

  it('points the unit to "Surat masuk" while it has not confirmed receipt, and offers no editing', async () => {
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission({ state: 'NOT_STARTED', round: 0, received: false, transitions: [] }), 200, { ETag: '"0"' }),
    })
    await renderPage()

    const banner = await screen.findByText(/Surat pemberitahuan belum dikonfirmasi/)
    const link = within(banner.closest('[data-not-received]') as HTMLElement).getByRole('link', { name: 'Surat masuk pada Beranda' })
    expect(link.getAttribute('href')).toBe('/#surat-masuk')
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull()
    expect(screen.queryByLabelText('Realisasi (%)')).toBeNull()
  })

  it('shows the Sekcam the data in review mode and returns it with the notes', async () => {
    const submitted = demoSubmission({
      state: 'SUBMITTED',
      missing: [],
      verbs: ['form.read', 'submission.read', 'submission.verify'],
      transitions: ['VERIFY', 'RETURN'],
    })
    const api = fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(submitted, 200, { ETag: '"7"' }),
      'POST /api/v1/submissions/2/verifications': () => json({ ...submitted, state: 'RETURNED', returnedCount: 2, transitions: [] }, 200, { ETag: '"8"' }),
    })
    await renderPage()

    expect(await screen.findByRole('row', { name: /APBDes/ })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }))
    const dialog = await screen.findByRole('dialog')
    await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Periksa kembali S2.2.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }))

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/submissions/2/verifications')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/submissions/2/verifications')[0].body)).toEqual({
      decision: 'RETURN',
      reason: 'Periksa kembali S2.2.',
      notes: [],
    })
    await vi.waitFor(() => expect(screen.getByText('Dikembalikan 2 kali')).toBeTruthy())
    expect(screen.getByRole('status').textContent).toContain('Data telah dikembalikan ke Seksi Pemerintahan')
  })
})
