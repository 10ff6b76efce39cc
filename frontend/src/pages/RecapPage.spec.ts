import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import RecapPage from './RecapPage.vue'
import { confirmReview } from '../testing/review'
import { fakeApi, json, problemWith } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoKecamatan } from '../testing/demoForm'
import { demoRecap } from '../testing/demoKinerja'

const renderPage = () => renderAt(RecapPage, { path: '/rekap/:recapId', name: 'recap', component: RecapPage }, '/rekap/1')

describe('RecapPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('lets the Staf correct a value with a required reason, sent with If-Match', async () => {
    const corrected = demoRecap({ versionNumber: 5, version: 10 })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/5/timeline': () => json([]),
      'GET /api/v1/recaps/1': () => json(demoRecap(), 200, { ETag: '"9"' }),
      'PUT /api/v1/recaps/1/values': () => json(corrected, 200, { ETag: '"10"' }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Koreksi S2.3 Seksi Pemerintahan' }))
    const dialog = await screen.findByRole('dialog', { name: 'Koreksi nilai S2.3' })
    expect(dialog.textContent).toContain('Nilai saat ini: 11 desa')
    await fireEvent.update(within(dialog).getByLabelText('Nilai baru (desa)'), '10')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan koreksi' }))
    expect(within(dialog).getByText('Alasan koreksi wajib diisi.')).toBeTruthy()
    expect(api.callsTo('PUT /api/v1/recaps/1/values')).toHaveLength(0)

    await fireEvent.update(within(dialog).getByLabelText('Alasan koreksi'), 'Salah ketik.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan koreksi' }))

    await vi.waitFor(() => expect(api.callsTo('PUT /api/v1/recaps/1/values')).toHaveLength(1))
    const put = api.fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"9"')
    expect(JSON.parse(api.callsTo('PUT /api/v1/recaps/1/values')[0].body)).toEqual({
      corrections: [{ indicatorCode: 'S2.3', unitId: 3, value: 10, reason: 'Salah ketik.' }],
    })
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByRole('status').textContent).toContain('Nilai S2.3 untuk Seksi Pemerintahan telah dikoreksi')
  })

  it('prints the recap under the heading of its PDF with "Cetak rekap"', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/1': () => json(demoRecap(), 200, { ETag: '"9"' }),
    })
    await renderPage()

    const button = await screen.findByRole('button', { name: 'Cetak rekap' })
    const title = document.querySelector('[data-print-title]')!
    await vi.waitFor(() => expect(title.textContent).toBe('Data Kinerja Kecamatan Bulu Tahun 2026'))
    expect(title.classList.contains('print-only')).toBe(true)
    await fireEvent.click(button)
    expect(print).toHaveBeenCalledTimes(1)
    print.mockRestore()
  })

  it('validates the version shown by its hash; a changed recap is reloaded and the official told', async () => {
    const waiting = demoRecap({ state: 'AWAITING_VALIDATION', step: 9, verbs: ['recap.read', 'recap.validate'], transitions: ['VALIDATE', 'RETURN_TO_STAF'], editable: false })
    const newer = { ...waiting, versionNumber: 5, contentSha256: 'e'.repeat(64) }
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/5/timeline': () => json([]),
      'GET /api/v1/recaps/1': [() => json(waiting, 200, { ETag: '"9"' }), () => json(newer, 200, { ETag: '"10"' })],
      'POST /api/v1/recaps/1/validations': () => problemWith(409, 'version-changed', { context: { currentVersion: 5, currentSha256: 'e'.repeat(64) } }),
    })
    await renderPage()

    expect((await screen.findByText(/^Versi 4 menunggu keputusan Anda/)).parentElement!.textContent).toContain('cccccccccc…')
    expect(screen.queryByRole('button', { name: /^Koreksi/ })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Validasi' }))
    await confirmReview('Validasi versi 4')

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/recaps/1/validations')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/recaps/1/validations')[0].body)).toEqual({
      decision: 'VALIDATE',
      contentSha256: 'c'.repeat(64),
    })
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Rekap telah berubah sejak ditampilkan kepada Anda (kini versi 5)'))
    await vi.waitFor(() => expect(screen.getByText(/^Versi 5 menunggu keputusan Anda/).parentElement!.textContent).toContain('eeeeeeeeee…'))
  })

  it('asks the Camat for a reason before "Tidak"', async () => {
    const awaiting = demoRecap({ state: 'AWAITING_SIGNATURE', step: 11, verbs: ['recap.read', 'recap.sign'], transitions: ['SIGN', 'REFUSE_SIGNATURE'], editable: false })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/5/timeline': () => json([]),
      'GET /api/v1/recaps/1': [() => json(awaiting, 200, { ETag: '"9"' }), () => json({ ...awaiting, state: 'DRAFT', transitions: [] }, 200, { ETag: '"10"' })],
      'POST /api/v1/recaps/1/signatures': () => json({ ...awaiting, state: 'DRAFT', transitions: [] }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Tidak (kembalikan ke Staf)' }))
    const dialog = await screen.findByRole('dialog', { name: 'Tidak menandatangani rekap' })
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Kirim keputusan "Tidak"' }))
    expect(within(dialog).getByText('Alasan wajib diisi.')).toBeTruthy()
    await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Capaian S2 perlu dicek ulang.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Kirim keputusan "Tidak"' }))

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/recaps/1/signatures')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/recaps/1/signatures')[0].body)).toEqual({
      decision: 'REFUSE',
      contentSha256: 'c'.repeat(64),
      reason: 'Capaian S2 perlu dicek ulang.',
    })
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('Rekap kembali kepada Staf'))
  })

  it('starts a ralat of a signed recap with a reason and opens the new recap', async () => {
    const signed = demoRecap({ state: 'SIGNED', step: 11, transitions: ['RALAT'], verbs: ['recap.read', 'recap.edit'], editable: false })
    const ralat = demoRecap({ id: 5, ralatOf: 1, ralatReason: 'Nilai SAKIP final.', versionNumber: 1 })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/5/timeline': () => json([]),
      'GET /api/v1/recaps/1': () => json(signed, 200, { ETag: '"9"' }),
      'GET /api/v1/recaps/5': () => json(ralat, 200, { ETag: '"1"' }),
      'POST /api/v1/recaps/1/ralat': () => json(ralat, 201, { ETag: '"1"' }),
    })
    const router = await renderPage()

    expect(screen.queryByRole('button', { name: /^Koreksi/ })).toBeNull()
    await fireEvent.click(await screen.findByRole('button', { name: 'Ralat' }))
    const dialog = await screen.findByRole('dialog', { name: 'Mulai ralat' })
    await fireEvent.update(within(dialog).getByLabelText('Alasan'), 'Nilai SAKIP final.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Mulai ralat' }))

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/recaps/1/ralat')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/recaps/1/ralat')[0].body)).toEqual({ reason: 'Nilai SAKIP final.' })
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Ralat Rekap'))
    expect(screen.getByRole('link', { name: 'rekap nomor 1' }).getAttribute('href')).toBe('/rekap/1')
    expect(screen.getByText('Alasan ralat: Nilai SAKIP final.')).toBeTruthy()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/rekap/5'))
    expect(screen.getByRole('status').textContent).toContain('Ralat telah dimulai')
  })

  it('offers a ralat only when the API does', async () => {
    const signed = demoRecap({ state: 'SIGNED', step: 11, transitions: [], verbs: ['recap.read', 'recap.edit'], editable: false })
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/1': () => json(signed, 200, { ETag: '"9"' }),
    })
    await renderPage()

    expect(await screen.findByText('Tidak ada tindakan untuk Anda pada tahap ini.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Ralat' })).toBeNull()
  })

  it('keeps the correction typed when the recap changed meanwhile, and shows the value as it is now', async () => {
    const changed = demoRecap({
      version: 10,
      versionNumber: 5,
      sasaran: demoRecap().sasaran.map((s) => ({
        ...s,
        indicators: s.indicators.map((i) => ({ ...i, units: i.units.map((u) => (u.unitId === 3 ? { ...u, value: 12 } : u)) })),
      })),
    })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/1': [() => json(demoRecap(), 200, { ETag: '"9"' }), () => json(changed, 200, { ETag: '"10"' })],
      'PUT /api/v1/recaps/1/values': [() => problemWith(412, 'precondition-failed'), () => json(changed, 200, { ETag: '"11"' })],
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Koreksi S2.3 Seksi Pemerintahan' }))
    const dialog = await screen.findByRole('dialog', { name: 'Koreksi nilai S2.3' })
    await fireEvent.update(within(dialog).getByLabelText('Nilai baru (desa)'), '10')
    await fireEvent.update(within(dialog).getByLabelText('Alasan koreksi'), 'Salah ketik.')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan koreksi' }))

    await vi.waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain'))
    expect(dialog.textContent).toContain('Nilai saat ini: 12 desa')
    expect((within(dialog).getByLabelText('Nilai baru (desa)') as HTMLInputElement).value).toBe('10')
    expect((within(dialog).getByLabelText('Alasan koreksi') as HTMLTextAreaElement).value).toBe('Salah ketik.')

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Simpan koreksi' }))
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const puts = api.fetch.mock.calls.map(([r]) => r).filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"9"', '"10"'])
  })

  it('enters a unit, and lists the units still to enter when the recap cannot be handed over yet', async () => {
    const entered = demoRecap({ version: 10, units: demoRecap().units.map((u) => ({ ...u, status: u.unitId === 7 ? 'VERIFIED' : u.status })) })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/1': () => json(demoRecap(), 200, { ETag: '"9"' }),
      'POST /api/v1/recaps/1/entries': () => json(entered, 200, { ETag: '"10"' }),
      'POST /api/v1/recaps/1/validation-requests': () =>
        problemWith(422, 'unprocessable', {
          errors: [
            { field: 'units', code: 'NOT_ENTERED', params: { unit: 'Seksi Trantib' }, message: '' },
            { field: 'units', code: 'NOT_ENTERED', params: { unit: 'Seksi PMD' }, message: '' },
          ],
        }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Masukkan data Seksi Pelayanan Umum' }))
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Data Seksi Pelayanan Umum telah dimasukkan ke rekap.'))
    expect(JSON.parse(api.callsTo('POST /api/v1/recaps/1/entries')[0].body)).toEqual({ unitId: 7 })
    expect(screen.queryByRole('button', { name: 'Masukkan data Seksi Pelayanan Umum' })).toBeNull()

    await fireEvent.click(screen.getByRole('button', { name: 'Serahkan ke Kasubbag untuk divalidasi' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Rekap belum dapat diserahkan kepada Kasubbag'))
    const items = Array.from(document.querySelectorAll('.problem-list li')).map((li) => li.textContent)
    expect(items).toEqual(['Seksi Trantib belum dimasukkan ke rekap.', 'Seksi PMD belum dimasukkan ke rekap.'])
  })

  it("lists the Kasubbag's validation with the paraf and signature, and reads 'Selesai' once signed", async () => {
    const validation = {
      id: 1,
      kind: 'VALIDATION',
      decision: 'APPROVED',
      documentVersion: 4,
      contentSha256: 'c'.repeat(64),
      officialUserId: 3,
      officialName: 'Ir. Hadi Santoso',
      capacityRole: 'KASUBBAG',
      capacityTitle: 'Kepala Subbag Perencanaan dan Keuangan',
      at: '2026-11-26T05:00:00Z',
    } as const
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/sop': () => json({ steps: [], unitWork: 'Mengisi', finished: 'Selesai: data kinerja telah ditandatangani', outside: 'Di luar alur SOP' }),
      'GET /api/v1/recaps/1': () =>
        json(
          demoRecap({ state: 'SIGNED', step: 11, stepTitle: 'Selesai: data kinerja telah ditandatangani', transitions: [], editable: false, approvals: [validation] }),
          200,
          { ETag: '"9"' },
        ),
    })
    await renderPage()

    const approvals = await screen.findByRole('region', { name: 'Validasi, paraf, dan tanda tangan' })
    expect(within(approvals).getByRole('row', { name: /Validasi Disetujui/ }).textContent).toContain('Ir. Hadi Santoso')
    await vi.waitFor(() => expect(screen.getByText('Selesai: data kinerja telah ditandatangani')).toBeTruthy())
    expect(screen.queryByText(/Langkah 11 —/)).toBeNull()
  })

  it('shows a superseded recap read-only, with the link to the ralat that replaced it', async () => {
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1/timeline': () => json([]),
      'GET /api/v1/recaps/1/documents': () => json([]),
      'GET /api/v1/recaps/5/timeline': () => json([]),
      'GET /api/v1/recaps/1': () =>
        json(demoRecap({ state: 'SUPERSEDED', supersededBy: 3, transitions: [], verbs: ['recap.read', 'recap.edit'], editable: false }), 200, { ETag: '"9"' }),
    })
    await renderPage()

    expect(await screen.findByText('Digantikan oleh ralat')).toBeTruthy()
    expect(screen.getByRole('link', { name: /Buka ralat/ }).getAttribute('href')).toBe('/rekap/3')
    expect(screen.queryByRole('button', { name: 'Ralat' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Masukkan data/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Koreksi/ })).toBeNull()
  })

  it('tells the Staf why the recap came back, and keeps its history', async () => {
    const returned = {
      at: '2026-11-26T05:00:00Z',
      action: 'RETURN_TO_STAF',
      actorName: 'Ir. Hadi Santoso',
      capacity: 'Kepala Subbag Perencanaan dan Keuangan',
      fromState: 'AWAITING_VALIDATION',
      toState: 'DRAFT',
      reason: 'Nilai S2.3 belum sesuai berita acara.',
      details: { version: 4, contentSha256: 'c'.repeat(64) },
    }
    fakeApi({
      'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
      'GET /api/v1/recaps/1': () => json(demoRecap({ round: 2 }), 200, { ETag: '"9"' }),
      'GET /api/v1/recaps/1/timeline': () => json([returned]),
    })
    await renderPage()

    await vi.waitFor(() => expect(document.querySelector('[data-last-return]')?.textContent).toContain('Alasan: Nilai S2.3 belum sesuai berita acara.'))
    expect(document.querySelector('[data-last-return]')?.textContent).toContain('Ir. Hadi Santoso (Kepala Subbag Perencanaan dan Keuangan)')
    const history = screen.getByRole('region', { name: 'Riwayat rekap' })
    await vi.waitFor(() => expect(history.textContent).toContain('Mengembalikan kepada Staf'))
    expect(history.textContent).toContain('Menunggu validasi Kasubbag → Draf (pemasukan data)')
    expect(history.textContent).toContain('versi 4 (SHA-256 cccccccccc…)')
  })
})
