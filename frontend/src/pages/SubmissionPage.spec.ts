import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import SubmissionPage from './SubmissionPage.vue'
import { useSessionStore } from '../stores/session'
import { localDraftKey } from '../lib/localDrafts'
import { demoMe, fakeApi, json, problemWith } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoKecamatan } from '../testing/demoForm'
import { demoSubmission } from '../testing/demoKinerja'
import { uploadAttachment } from '../api/attachments'

// uploads go through XMLHttpRequest (for their progress), which the fake fetch does not answer
vi.mock('../api/attachments', async (original) => ({
  ...(await original<typeof import('../api/attachments')>()),
  uploadAttachment: vi.fn(),
}))

const pageRoute = { path: '/data/:submissionId', name: 'submission', component: SubmissionPage }
const renderPage = () => renderAt(SubmissionPage, pageRoute, '/data/2')

/** The page as user `userId` (demoMe otherwise) sees it. */
function renderSignedIn(userId = demoMe.user.id) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = { ...demoMe, user: { ...demoMe.user, id: userId } }
  return renderAt(SubmissionPage, pageRoute, '/data/2', pinia)
}

const KEY = localDraftKey('submission', demoMe.user.id, 2)
/** What the unit typed earlier on this device and did not save: S2.2, and an indicator since removed. */
function keepDraft(version = 5, key = KEY) {
  const stored = demoSubmission()
  const base = Object.fromEntries(stored.indicators.map((i) => [i.code, { value: i.value ?? null, text: i.text ?? '', remark: i.remark ?? '' }]))
  const values = { ...base, 'S2.2': { value: 91.67, text: '', remark: 'Satu desa terlambat.' }, 'S9.9': { value: 3, text: '', remark: '' } }
  const entry = { version, savedAt: '2026-11-26T02:15:00Z', draft: { values, remarks: '' }, base: { values: base, remarks: '' } }
  localStorage.setItem(key, JSON.stringify(entry))
}
const kept = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null')
const realisasi = (code: string) =>
  within(screen.getByRole('group', { name: new RegExp(`^Indikator ${code.replace('.', '\\.')} `) })).getByLabelText(/^Realisasi/) as HTMLInputElement
const localNotice = () => document.querySelector('[data-local-draft] [role="status"]')!

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
  beforeEach(() => localStorage.clear())
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
    expect(screen.getByText(/Data telah dikembalikan ke Seksi Pemerintahan/).getAttribute('role')).toBe('status')
  })

  describe('unsaved typing kept on this device', () => {
    it('brings it back on opening, says from when, and throws it away on "Buang isian ini"', async () => {
      keepDraft()
      fakeApi({ ...common, 'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }) })
      await renderSignedIn()

      await vi.waitFor(() => expect(realisasi('S2.2').value).toBe('91,67'))
      expect(localNotice().getAttribute('aria-live')).toBe('polite')
      expect(localNotice().textContent).toBe(
        'Isian yang belum tersimpan dari 26 November 2026 pukul 09.15 dipulihkan dari perangkat ini. Periksa, lalu simpan.',
      )
      expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy()

      await fireEvent.click(screen.getByRole('button', { name: 'Buang isian ini' }))

      expect(realisasi('S2.2').value).toBe('100')
      expect(kept()).toBeNull()
      expect(localNotice().textContent).toBe('')
      expect(screen.queryByRole('button', { name: 'Buang isian ini' })).toBeNull()
      expect(screen.getByText('Isian dari perangkat ini telah dibuang. Data yang tersimpan ditampilkan.')).toBeTruthy()
    })

    it('still brings it back when the data changed on the server since, over the newer values, and says to check it', async () => {
      keepDraft(5)
      const newer = demoSubmission({ version: 6, indicators: demoSubmission().indicators.map((i) => (i.code === 'S2.1' ? { ...i, value: 90 } : i)) })
      fakeApi({ ...common, 'GET /api/v1/submissions/2': () => json(newer, 200, { ETag: '"6"' }) })
      await renderSignedIn()

      await vi.waitFor(() => expect(realisasi('S2.2').value).toBe('91,67'))
      // what the user did not change is the newer stored value
      expect(realisasi('S2.1').value).toBe('90')
      expect(localNotice().textContent).toContain('dipulihkan dari perangkat ini. Data di server telah berubah sejak itu; periksa sebelum menyimpan.')
      // shown, not typed again: it keeps the version and time it was typed on
      expect(kept()).toMatchObject({ version: 5, savedAt: '2026-11-26T02:15:00Z' })
    })

    it("never shows another user's typing, and leaves it where it is", async () => {
      const theirs = localDraftKey('submission', 9, 2)
      keepDraft(5, theirs)
      fakeApi({ ...common, 'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }) })
      await renderSignedIn()

      await screen.findByRole('group', { name: /^Indikator S2\.2 / })
      expect(realisasi('S2.2').value).toBe('100')
      expect(localNotice().textContent).toBe('')
      expect(kept(theirs).draft.values['S2.2'].value).toBe(91.67)
    })

    it('drops it, with a short note, when the data is no longer with the unit', async () => {
      keepDraft()
      const submitted = demoSubmission({ state: 'SUBMITTED', editable: false, transitions: [], verbs: ['form.read', 'submission.read', 'submission.edit'] })
      fakeApi({ ...common, 'GET /api/v1/submissions/2': () => json(submitted, 200, { ETag: '"6"' }) })
      await renderSignedIn()

      await vi.waitFor(() =>
        expect(localNotice().textContent).toBe(
          'Isian yang belum tersimpan di perangkat ini tidak dapat diterapkan karena data ini tidak lagi berada pada unit.',
        ),
      )
      expect(kept()).toBeNull()
      expect(screen.queryByRole('button', { name: 'Buang isian ini' })).toBeNull()
      expect(screen.queryByRole('button', { name: 'Simpan' })).toBeNull()
    })

    it('keeps what was typed when a save finds no connection, says so, and removes it once saved', async () => {
      const saved = demoSubmission({ version: 6, indicators: demoSubmission().indicators.map((i) => (i.code === 'S2.2' ? { ...i, value: 91.67 } : i)) })
      const api = fakeApi({
        ...common,
        'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
        'PUT /api/v1/submissions/2': [() => Promise.reject(new TypeError('Failed to fetch')), () => json(saved, 200, { ETag: '"6"' })],
      })
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
      await renderSignedIn()

      await fireEvent.update(within(await screen.findByRole('group', { name: /^Indikator S2\.2 / })).getByLabelText('Realisasi (%)'), '91.67')
      await vi.waitFor(() => expect(kept()?.draft.values['S2.2'].value).toBe(91.67))
      expect(kept()).toMatchObject({ version: 5, base: { values: { 'S2.2': { value: 100 } } } })
      await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

      await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Koneksi ke server terputus, sehingga data belum tersimpan.'))
      expect(screen.getByRole('alert').textContent).toContain('Isian Anda tetap disimpan sementara di perangkat ini')
      expect(realisasi('S2.2').value).toBe('91.67')
      expect(kept()?.draft.values['S2.2'].value).toBe(91.67)
      logged.mockRestore()

      await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

      await vi.waitFor(() => expect(api.callsTo('PUT /api/v1/submissions/2')).toHaveLength(2))
      await vi.waitFor(() => expect(screen.queryByRole('alert')?.textContent ?? '').toBe(''))
      expect(kept()).toBeNull()
    })

    it('says the typing is only in the page when this browser cannot keep it', async () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
      fakeApi({
        ...common,
        'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
        'PUT /api/v1/submissions/2': () => Promise.reject(new TypeError('Failed to fetch')),
      })
      vi.spyOn(console, 'error').mockImplementation(() => {})
      await renderSignedIn()

      await fireEvent.update(within(await screen.findByRole('group', { name: /^Indikator S2\.2 / })).getByLabelText('Realisasi (%)'), '91.67')
      await fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))

      await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('tidak dapat disimpan di perangkat ini; jangan tutup'))
      expect(realisasi('S2.2').value).toBe('91.67')
      vi.restoreAllMocks()
    })

    it('removes it when the typing is undone', async () => {
      fakeApi({ ...common, 'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }) })
      await renderSignedIn()

      await fireEvent.update(within(await screen.findByRole('group', { name: /^Indikator S2\.2 / })).getByLabelText('Realisasi (%)'), '50')
      await vi.waitFor(() => expect(kept()?.draft.values['S2.2'].value).toBe(50))
      await fireEvent.click(screen.getByRole('button', { name: 'Batalkan perubahan' }))

      await vi.waitFor(() => expect(kept()).toBeNull())
    })
  })
})
