import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref, type EffectScope } from 'vue'
import { useDocument } from './useDocument'
import { fakeApi, json, problemWith } from '../testing/fakeApi'
import { demoForm, demoKecamatan } from '../testing/demoForm'
import { demoRecap } from '../testing/demoKinerja'
import { copyContent } from '../lib/formContent'
import type { Schemas } from '../api/client'

const scopes: EffectScope[] = []

/** The form document as a page would use it, once it has loaded. */
async function formDocument() {
  const scope = effectScope()
  scopes.push(scope)
  const doc = scope.run(() => useDocument('form', ref(2), { draft: (view) => copyContent(view.content) }))!
  await vi.waitFor(() => expect(doc.view.value).not.toBeNull())
  return doc
}

const draftForm = (overrides: Partial<Schemas['FormView']> = {}) =>
  demoForm({ state: 'DRAFT', step: 1, verbs: ['form.read', 'form.create'], transitions: ['SUBMIT_FOR_CORRECTION'], editable: true, ...overrides })

/** The same form as someone else saved it: another perihal, version 4. */
function savedByOthers(form: Schemas['FormView']): Schemas['FormView'] {
  return { ...form, versionNumber: 4, version: 9, content: { ...form.content, letter: { ...form.content.letter, perihal: 'Diubah orang lain' } } }
}

describe('useDocument', () => {
  afterEach(() => {
    scopes.splice(0).forEach((s) => s.stop())
    vi.unstubAllGlobals()
  })

  it('loads the document with its ETag and the kecamatan time zone, and saves with If-Match', async () => {
    const saved = draftForm({ versionNumber: 4, version: 8 })
    const api = fakeApi({
      'GET /api/v1/kecamatan/1': () => json({ ...demoKecamatan, timeZone: 'Asia/Makassar' }),
      'GET /api/v1/forms/2': () => json(draftForm(), 200, { ETag: '"7"' }),
      'PUT /api/v1/forms/2/content': () => json(saved, 200, { ETag: '"8"' }),
    })
    const doc = await formDocument()
    expect(doc.etag.value).toBe('"7"')
    await vi.waitFor(() => expect(doc.timeZone.value).toBe('Asia/Makassar'))

    doc.draft.value!.letter.body = 'Isi baru.'
    await doc.save(doc.draft.value!)

    const put = api.fetch.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"7"')
    expect(doc.etag.value).toBe('"8"')
    expect(doc.status.value).toBe('Perubahan telah disimpan sebagai versi 4.')
    expect(doc.message.value).toBeNull()
  })

  it('on a 412 reloads the document and keeps what the user typed, merged with what others saved', async () => {
    const shown = draftForm()
    fakeApi({
      'GET /api/v1/forms/2': [() => json(shown, 200, { ETag: '"7"' }), () => json(savedByOthers(shown), 200, { ETag: '"9"' })],
      'PUT /api/v1/forms/2/content': () => problemWith(412, 'precondition-failed', { context: { currentETag: '"9"' } }),
    })
    const doc = await formDocument()
    doc.draft.value!.letter.body = 'Isi baru.'

    expect(await doc.save(doc.draft.value!)).toBeUndefined()

    expect(doc.view.value?.versionNumber).toBe(4)
    expect(doc.etag.value).toBe('"9"')
    expect(doc.draft.value?.letter.body).toBe('Isi baru.')
    expect(doc.draft.value?.letter.perihal).toBe('Diubah orang lain')
    expect(doc.message.value).toContain('telah diubah oleh pengguna lain')
    expect(doc.message.value).toContain('isian Anda tetap ada')
    expect(doc.status.value).toBeNull()
  })

  it('on version-changed reloads, keeps the draft, and names the version now current', async () => {
    const shown = draftForm({ state: 'AWAITING_PARAF', transitions: ['PARAF'] })
    fakeApi({
      'GET /api/v1/forms/2': [() => json(shown, 200, { ETag: '"7"' }), () => json(savedByOthers(shown), 200, { ETag: '"9"' })],
      'POST /api/v1/forms/2/parafs': () => problemWith(409, 'version-changed', { context: { currentVersion: 4, currentSha256: 'b'.repeat(64) } }),
    })
    const doc = await formDocument()
    doc.draft.value!.letter.body = 'Belum tersimpan.'

    await doc.act({ transition: 'PARAF', contentSha256: shown.contentSha256 })

    expect(doc.message.value).toBe(
      'Formulir telah berubah sejak ditampilkan kepada Anda (kini versi 4). Versi terbaru telah dimuat; periksa kembali sebelum memutuskan.',
    )
    expect(doc.view.value?.content.letter.perihal).toBe('Diubah orang lain')
    expect(doc.draft.value?.letter.body).toBe('Belum tersimpan.')
  })

  it('on invalid-state says the state the document is in now, from the typed context', async () => {
    fakeApi({
      'GET /api/v1/forms/2': [
        () => json(draftForm({ state: 'AWAITING_PARAF', transitions: ['PARAF'] }), 200, { ETag: '"7"' }),
        () => json(draftForm({ state: 'AWAITING_SIGNATURE', transitions: [] }), 200, { ETag: '"8"' }),
      ],
      'POST /api/v1/forms/2/parafs': () =>
        problemWith(409, 'invalid-state', { context: { state: 'AWAITING_SIGNATURE', allowedTransitions: ['SIGN'], yourTransitions: [] } }),
    })
    const doc = await formDocument()

    await doc.act({ transition: 'PARAF', contentSha256: 'a'.repeat(64) })

    expect(doc.message.value).toContain('karena formulir kini berstatus “Menunggu tanda tangan Camat”')
    expect(doc.view.value?.transitions).toEqual([])
  })

  it('on 400 gives the field errors by path and the draft stays, without reloading', async () => {
    const api = fakeApi({
      'GET /api/v1/forms/2': () => json(draftForm(), 200, { ETag: '"7"' }),
      'PUT /api/v1/forms/2/content': () =>
        problemWith(400, 'validation-failed', {
          errors: [
            { field: 'sasaran[0].indicators[1].target', code: 'PERCENT_OVER_100', message: 'a percentage cannot exceed 100' },
            { field: 'letter.perihal', code: 'REQUIRED', message: 'is required' },
          ],
        }),
    })
    const doc = await formDocument()
    doc.draft.value!.letter.perihal = ''

    await doc.save(doc.draft.value!)

    expect(doc.fieldErrors.value).toEqual({
      'sasaran[0].indicators[1].target': 'Persentase tidak boleh lebih dari 100.',
      'letter.perihal': 'Wajib diisi.',
    })
    expect(doc.problems.value).toEqual(['Persentase tidak boleh lebih dari 100.', 'Wajib diisi.'])
    expect(doc.message.value).toBe('Isian belum benar. Periksa kembali kolom yang ditandai.')
    expect(doc.draft.value?.letter.perihal).toBe('')
    expect(api.callsTo('GET /api/v1/forms/2')).toHaveLength(1)
  })

  it('says what is missing for a transition in the words of the kind', async () => {
    fakeApi({
      'GET /api/v1/forms/2': () => json(draftForm(), 200, { ETag: '"7"' }),
      'POST /api/v1/forms/2/correction-requests': () =>
        problemWith(422, 'unprocessable', { errors: [{ field: 'letter.deadline', code: 'LETTER_DEADLINE_MISSING', message: '' }] }),
    })
    const doc = await formDocument()

    await doc.act({ transition: 'SUBMIT_FOR_CORRECTION' })

    expect(doc.message.value).toBe('Formulir belum lengkap untuk dikirim. Lengkapi isian yang ditandai lalu simpan.')
    expect(doc.fieldErrors.value).toEqual({ 'letter.deadline': 'Tenggat bagi unit kerja wajib diisi.' })
  })

  it('shows the result of a transition and says what was done; a failed network says to check the connection', async () => {
    const shown = draftForm({ state: 'AWAITING_PARAF', transitions: ['PARAF'] })
    fakeApi({
      'GET /api/v1/forms/2': () => json(shown, 200, { ETag: '"7"' }),
      'POST /api/v1/forms/2/parafs': [
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => json({ ...shown, state: 'AWAITING_SIGNATURE', transitions: [], version: 8 }, 200, { ETag: '"8"' }),
      ],
    })
    const doc = await formDocument()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})

    await doc.act({ transition: 'PARAF', contentSha256: shown.contentSha256 })
    expect(doc.message.value).toBe('Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.')
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()

    await doc.act({ transition: 'PARAF', contentSha256: shown.contentSha256 })
    expect(doc.message.value).toBeNull()
    expect(doc.status.value).toBe('Paraf Anda atas versi 3 telah dicatat. Formulir diteruskan ke Camat.')
    expect(doc.view.value?.state).toBe('AWAITING_SIGNATURE')
    expect(doc.etag.value).toBe('"8"')
  })

  it('says what a conflict means for the transition, and shows the document as it is now', async () => {
    const signed = demoRecap({ state: 'SIGNED', transitions: ['RALAT'], editable: false })
    fakeApi({
      'GET /api/v1/recaps/1': [() => json(signed, 200, { ETag: '"9"' }), () => json({ ...signed, transitions: [] }, 200, { ETag: '"10"' })],
      'POST /api/v1/recaps/1/ralat': () => problemWith(409, 'conflict'),
    })
    const scope = effectScope()
    scopes.push(scope)
    const doc = scope.run(() => useDocument('recap', ref(1)))!
    await vi.waitFor(() => expect(doc.view.value).not.toBeNull())

    await doc.act({ transition: 'RALAT', reason: 'Nilai SAKIP final.' })

    expect(doc.message.value).toContain('Ralat atas rekap ini sudah berjalan')
    expect(doc.message.value).toContain('Data terbaru telah dimuat.')
    expect(doc.view.value?.transitions).toEqual([])
  })
})
