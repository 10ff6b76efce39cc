import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import FormPage from './FormPage.vue'
import { fakeApi, json, problemWith } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoForm, demoKecamatan, demoUnits } from '../testing/demoForm'
import { confirmReview } from '../testing/review'

const renderPage = () => renderAt(FormPage, { path: '/formulir/:id', name: 'form', component: FormPage }, '/formulir/2')

const common = {
  'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
  'GET /api/v1/kecamatan/1/units': () => json(demoUnits),
  'GET /api/v1/forms/2/documents': () => json([]),
  'GET /api/v1/forms/2/timeline': () => json([]),
  'GET /api/v1/forms/2/diff': () =>
    json({ from: 'Tahun 2025', to: 'Versi 3', letter: [], sasaranAdded: [], sasaranRemoved: [], indicatorsAdded: [], indicatorsRemoved: [], indicatorsChanged: [] }),
}

describe('FormPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('gives paraf on the hash of the version shown; a changed form is reloaded and the official told', async () => {
    const shown = demoForm()
    const newer = demoForm({ versionNumber: 4, contentSha256: 'b'.repeat(64), version: 8 })
    const api = fakeApi({
      ...common,
      'GET /api/v1/forms/2': [() => json(shown, 200, { ETag: '"7"' }), () => json(newer, 200, { ETag: '"8"' })],
      'POST /api/v1/forms/2/parafs': () =>
        problemWith(409, 'version-changed', { context: { currentVersion: 4, currentSha256: 'b'.repeat(64) } }),
    })
    await renderPage()

    expect((await screen.findByText(/^Versi 3 menunggu keputusan Anda/)).parentElement!.textContent).toContain('aaaaaaaaaa…')
    await fireEvent.click(screen.getByRole('button', { name: 'Beri paraf' }))
    await confirmReview('Beri paraf pada versi 3')

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/forms/2/parafs')).toHaveLength(1))
    expect(JSON.parse(api.callsTo('POST /api/v1/forms/2/parafs')[0].body)).toEqual({
      decision: 'APPROVE',
      contentSha256: 'a'.repeat(64),
    })
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Formulir telah berubah sejak ditampilkan kepada Anda (kini versi 4)'))
    await vi.waitFor(() => expect(screen.getByText(/^Versi 4 menunggu keputusan Anda/).parentElement!.textContent).toContain('bbbbbbbbbb…'))
  })

  it('lets the Staf edit a draft and saves it with If-Match; a 412 reloads the current data and keeps what was typed', async () => {
    const draft = demoForm({ state: 'DRAFT', step: 1, verbs: ['form.read', 'form.create'], transitions: ['SUBMIT_FOR_CORRECTION'], editable: true })
    const changed = demoForm({
      ...draft,
      versionNumber: 4,
      version: 9,
      content: { ...draft.content, letter: { ...draft.content.letter, perihal: 'Diubah orang lain' } },
    })
    const api = fakeApi({
      ...common,
      'GET /api/v1/forms/2': [() => json(draft, 200, { ETag: '"7"' }), () => json(changed, 200, { ETag: '"9"' })],
      'PUT /api/v1/forms/2/content': () => problemWith(412, 'precondition-failed', {}),
    })
    await renderPage()

    await fireEvent.update(await screen.findByLabelText('Isi surat'), 'Isi baru.')
    expect((screen.getByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }) as HTMLButtonElement).disabled).toBe(true)
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }))

    await vi.waitFor(() => expect(api.callsTo('PUT /api/v1/forms/2/content')).toHaveLength(1))
    const put = api.fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"7"')
    expect(JSON.parse(api.callsTo('PUT /api/v1/forms/2/content')[0].body).letter.body).toBe('Isi baru.')
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain'))
    expect(screen.getByRole('alert').textContent).toContain('isian Anda tetap ada')
    // what the other user changed is shown, what this user typed stays, still unsaved
    await vi.waitFor(() => expect((screen.getByLabelText('Perihal') as HTMLInputElement).value).toBe('Diubah orang lain'))
    expect((screen.getByLabelText('Isi surat') as HTMLTextAreaElement).value).toBe('Isi baru.')
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeTruthy()
  })

  it('saves again with the ETag of the reloaded version', async () => {
    const draft = demoForm({ state: 'DRAFT', step: 1, verbs: ['form.read', 'form.create'], transitions: ['SUBMIT_FOR_CORRECTION'], editable: true })
    const changed = demoForm({ ...draft, versionNumber: 4, version: 9 })
    const saved = demoForm({ ...changed, versionNumber: 5, version: 10 })
    const api = fakeApi({
      ...common,
      'GET /api/v1/forms/2': [() => json(draft, 200, { ETag: '"7"' }), () => json(changed, 200, { ETag: '"9"' })],
      'PUT /api/v1/forms/2/content': [() => problemWith(412, 'precondition-failed', {}), () => json(saved, 200, { ETag: '"10"' })],
    })
    await renderPage()

    await fireEvent.update(await screen.findByLabelText('Isi surat'), 'Isi baru.')
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('telah diubah oleh pengguna lain'))
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }))

    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('disimpan sebagai versi 5'))
    const puts = api.fetch.mock.calls.map(([r]) => r).filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"7"', '"9"'])
    expect(JSON.parse(api.callsTo('PUT /api/v1/forms/2/content')[1].body).letter.body).toBe('Isi baru.')
  })

  it('says in which state the form is now when it moved on under the official, and offers what is left', async () => {
    const withdrawn = demoForm({ state: 'DRAFT', step: 1, verbs: ['form.read', 'form.paraf'], transitions: [] })
    fakeApi({
      ...common,
      'GET /api/v1/forms/2': [() => json(demoForm(), 200, { ETag: '"7"' }), () => json(withdrawn, 200, { ETag: '"8"' })],
      'POST /api/v1/forms/2/parafs': () =>
        problemWith(409, 'invalid-state', { context: { state: 'DRAFT', allowedTransitions: ['EDIT'], yourTransitions: [] } }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Beri paraf' }))
    await confirmReview('Beri paraf pada versi 3')

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('kini berstatus “Draf”'))
    expect(screen.getByRole('alert').textContent).toContain('Data terbaru telah dimuat')
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Beri paraf' })).toBeNull())
    expect(screen.getByText('Tidak ada tindakan untuk Anda pada tahap ini.')).toBeTruthy()
  })

  it('shows what is missing at the fields when the form cannot go to correction yet', async () => {
    const draft = demoForm({ state: 'DRAFT', step: 1, verbs: ['form.read', 'form.create'], transitions: ['SUBMIT_FOR_CORRECTION'], editable: true })
    fakeApi({
      ...common,
      'GET /api/v1/forms/2': () => json(draft, 200, { ETag: '"7"' }),
      'POST /api/v1/forms/2/correction-requests': () =>
        problemWith(422, 'unprocessable', {
          errors: [
            { field: 'letter.deadline', code: 'LETTER_DEADLINE_MISSING', message: 'the letter needs a deadline for the units' },
            { field: 'sasaran[1].indicators[0].reportingUnitIds', code: 'UNIT_NOT_ADDRESSED', params: { unitId: '2' }, message: 'unit 2 reports this indicator but is not addressed by the letter' },
          ],
        }),
    })
    await renderPage()

    await fireEvent.click(await screen.findByRole('button', { name: 'Kirim ke Kasubbag untuk dikoreksi' }))

    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Formulir belum lengkap'))
    const summary = document.querySelector('.error-summary')!
    expect(summary.textContent).toContain('Surat — Tenggat: Tenggat bagi unit kerja wajib diisi.')
    expect(summary.textContent).toContain('Indikator S2.1 — Unit pelapor: Ada unit pelapor yang tidak termasuk unit tujuan surat.')
    expect(document.activeElement).toBe(summary)
    expect(screen.getByLabelText('Tenggat').getAttribute('aria-invalid')).toBe('true')
    const units = within(screen.getByRole('group', { name: 'Indikator S2.1' })).getByRole('group', { name: 'Unit pelapor' })
    expect(units.textContent).toContain('Ada unit pelapor yang tidak termasuk unit tujuan surat.')
  })

  it('prints the saved form with the heading of its PDF, whichever tab is open and while editing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    fakeApi({ ...common, 'GET /api/v1/forms/2': () => json(demoForm({ state: 'DRAFT', editable: true }), 200, { ETag: '"7"' }) })
    await renderPage()

    await screen.findByRole('button', { name: 'Simpan perubahan' })
    const title = document.querySelector('[data-print-title]')!
    await vi.waitFor(() => expect(title.textContent).toContain('Kecamatan Bulu'))
    expect(title.textContent).toContain('Format Data Kinerja Tahun 2026')
    // the editor is left off paper; a read-only copy of the saved content is printed instead
    expect(screen.getByRole('tabpanel', { name: 'Isi formulir' }).classList.contains('no-print')).toBe(true)
    const copy = document.querySelector('.print-only .form-view')!
    expect(copy.textContent).toContain('Indeks Kepuasan Masyarakat')
    expect(copy.querySelector('#cetak-letter-heading')).toBeTruthy()

    await fireEvent.click(screen.getByRole('button', { name: 'Cetak formulir' }))
    expect(print).toHaveBeenCalledTimes(1)
    print.mockRestore()
  })

  it('shows a form the user may not edit read-only', async () => {
    fakeApi({ ...common, 'GET /api/v1/forms/2': () => json(demoForm(), 200, { ETag: '"7"' }) })
    await renderPage()

    expect(await screen.findByText('Menunggu paraf Sekcam')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Simpan perubahan' })).toBeNull()
    expect(screen.queryByLabelText('Isi surat')).toBeNull()
    expect(screen.getByRole('row', { name: /Indeks Kepuasan Masyarakat/ }).textContent).toContain('82,5')
    expect(screen.getByText('Langkah 3 — Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data')).toBeTruthy()
  })

  it('names the units only once they have arrived, a unit no longer active too', async () => {
    let answer!: () => void
    const late = new Promise<void>((resolve) => (answer = resolve))
    const units = demoUnits.map((u) => (u.id === 2 ? { ...u, active: false } : u))
    fakeApi({
      ...common,
      'GET /api/v1/kecamatan/1/units': async () => (await late, json(units)),
      'GET /api/v1/forms/2': () => json(demoForm(), 200, { ETag: '"7"' }),
    })
    await renderPage()

    const addressees = () => screen.getByText('Unit tujuan').nextElementSibling!.textContent
    await screen.findByText('Menunggu paraf Sekcam')
    expect(addressees()).toBe('memuat nama unit…')
    expect(document.body.textContent).not.toMatch(/Unit \d/)
    answer()
    await vi.waitFor(() =>
      expect(addressees()).toBe('Subbag Umum dan Kepegawaian, Subbag Perencanaan dan Keuangan, Seksi Pemerintahan'),
    )
  })

  it('numbers the letter with the classification code given, and says the number', async () => {
    const signed = demoForm({ state: 'SIGNED', step: 5, verbs: ['form.read', 'letter.number'], transitions: ['NUMBER'] })
    const numbered = demoForm({ ...signed, state: 'NUMBERED', transitions: [], letterNumber: { number: '000.1.5/001/Kec.Bulu/2026', letterDate: '2026-11-27' } })
    const api = fakeApi({
      ...common,
      'GET /api/v1/forms/2': () => json(signed, 200, { ETag: '"7"' }),
      'POST /api/v1/forms/2/letter-number': () => json(numbered, 200, { ETag: '"8"' }),
    })
    await renderPage()

    await fireEvent.update(await screen.findByLabelText('Kode klasifikasi (opsional)'), ' 000.1.5 ')
    await fireEvent.click(screen.getByRole('button', { name: 'Beri nomor surat' }))

    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Surat telah diberi nomor 000.1.5/001/Kec.Bulu/2026.'))
    expect(JSON.parse(api.callsTo('POST /api/v1/forms/2/letter-number')[0].body)).toEqual({ classification: '000.1.5' })
    expect(screen.getByText('Bernomor')).toBeTruthy()
  })
})
