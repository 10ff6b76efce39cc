import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import SubmissionPage from './SubmissionPage.vue'
import { fakeApi, json, problemWith } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoKecamatan } from '../testing/demoForm'
import { demoSubmission } from '../testing/demoKinerja'
import { uploadAttachment } from '../api/attachments'

// uploads go through XMLHttpRequest (for their progress), which the fake fetch does not answer
vi.mock('../api/attachments', async (original) => ({
  ...(await original<typeof import('../api/attachments')>()),
  uploadAttachment: vi.fn(),
}))

const renderPage = () => renderAt(SubmissionPage, { path: '/data/:submissionId', name: 'submission', component: SubmissionPage }, '/data/2')

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

  it('reloads after a 412, says that someone else changed the data, and keeps what the user typed', async () => {
    const newer = demoSubmission({ version: 6, indicators: demoSubmission().indicators.map((i) => (i.code === 'S2.3' ? { ...i, value: 10 } : i)) })
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': [() => json(demoSubmission(), 200, { ETag: '"5"' }), () => json(newer, 200, { ETag: '"6"' })],
      'PUT /api/v1/submissions/2': () => problemWith(412, 'precondition-failed'),
    })
    await renderPage()

    const s22 = await screen.findByRole('group', { name: /^Indikator S2\.2 / })
    await fireEvent.update(within(s22).getByLabelText('Realisasi (%)'), '91.67')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain'))
    const s23 = screen.getByRole('group', { name: /^Indikator S2\.3 / })
    await vi.waitFor(() => expect((within(s23).getByLabelText('Realisasi (desa)') as HTMLInputElement).value).toBe('10'))
    expect((within(s22).getByLabelText('Realisasi (%)') as HTMLInputElement).value).toBe('91.67')
  })

  it('keeps typed values when an evidence file is uploaded, and refuses a file over the limit the API sent', async () => {
    const limits = { maxFileBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024, usedBytes: 0, mediaTypes: ['application/pdf', 'image/png'] }
    const attached = demoSubmission({
      version: 6,
      evidenceLimits: { ...limits, usedBytes: 1000 },
      attachments: [{ id: 9, indicatorCode: 'S2.1', filename: 'laporan.pdf', mediaType: 'application/pdf', sizeBytes: 1000, sha256: 'f'.repeat(64), uploadedAt: '2026-11-26T04:00:00Z' }],
    })
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': [() => json(demoSubmission({ evidenceLimits: limits }), 200, { ETag: '"5"' }), () => json(attached, 200, { ETag: '"6"' })],
    })
    vi.mocked(uploadAttachment).mockResolvedValue(attached.attachments[0])
    await renderPage()

    const s21 = await screen.findByRole('group', { name: /^Indikator S2\.1 / })
    expect(screen.getByText(/Lampirkan berkas PDF atau PNG;/).textContent).toContain('paling besar 1 MB per berkas dan 4 MB untuk seluruh bukti dukung')
    await fireEvent.update(within(s21).getByLabelText('Realisasi (%)'), '95')
    const upload = within(s21).getByLabelText('Unggah bukti dukung untuk S2.1') as HTMLInputElement
    expect(upload.accept).toBe('.pdf,.png,application/pdf,image/png')

    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'besar.pdf', { type: 'application/pdf' })
    Object.defineProperty(upload, 'files', { value: [big], configurable: true })
    await fireEvent.change(upload)
    expect(within(s21).getByRole('alert').textContent).toContain('paling besar 1 MB per berkas')
    expect(uploadAttachment).not.toHaveBeenCalled()

    const small = new File(['%PDF-1.4'], 'laporan.pdf', { type: 'application/pdf' })
    Object.defineProperty(upload, 'files', { value: [small], configurable: true })
    await fireEvent.change(upload)

    await vi.waitFor(() => expect(within(s21).getByText('laporan.pdf', { selector: '.evidence__name' })).toBeTruthy())
    expect(vi.mocked(uploadAttachment).mock.calls[0].slice(0, 3)).toEqual([2, small, 'S2.1'])
    expect((within(s21).getByLabelText('Realisasi (%)') as HTMLInputElement).value).toBe('95')
  })

  it('marks what is missing at each indicator when the data cannot be handed in yet', async () => {
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission({ missing: [] }), 200, { ETag: '"5"' }),
      'POST /api/v1/submissions/2/submittals': () =>
        problemWith(422, 'unprocessable', {
          errors: [
            { field: 'S4.3', code: 'VALUE_MISSING', message: 'no value' },
            { field: 'S4.3', code: 'EVIDENCE_MISSING', message: 'no evidence' },
          ],
        }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Sampaikan' }))

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Data belum lengkap untuk disampaikan'))
    const s43 = screen.getByRole('group', { name: /^Indikator S4\.3 / })
    expect(within(s43).getByText('realisasi belum diisi; bukti dukung belum dilampirkan')).toBeTruthy()
  })

  it('points the unit to "Surat masuk" while it has not confirmed receipt, and offers no editing', async () => {
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission({ state: 'NOT_STARTED', round: 0, received: false, transitions: [], editable: false }), 200, { ETag: '"0"' }),
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
      editable: false,
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
