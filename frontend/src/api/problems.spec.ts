import { describe, expect, it } from 'vitest'
import type { Schemas } from './client'
import {
  ApiError,
  documentProblemMessage,
  fieldErrors,
  fieldMessage,
  pathErrors,
  problemContext,
  problemMessage,
  retryAfterSeconds,
  retryHint,
} from './problems'

const type = (slug: string) => `urn:alur-kinerja:problem:${slug}`

describe('problemMessage', () => {
  it('says wrong credentials in Bahasa Indonesia', () => {
    expect(problemMessage({ type: type('invalid-credentials'), status: 401 })).toBe(
      'Nama pengguna atau kata sandi salah.',
    )
  })

  it('tells when to try again after too many attempts', () => {
    expect(problemMessage({ type: type('too-many-requests') }, 429, 300)).toBe(
      'Terlalu banyak percobaan. Coba lagi dalam 5 menit.',
    )
    expect(problemMessage({ type: type('too-many-requests') }, 429, 45)).toBe(
      'Terlalu banyak percobaan. Coba lagi dalam 45 detik.',
    )
    expect(problemMessage({ type: type('too-many-requests') }, 429)).toBe(
      'Terlalu banyak percobaan. Silakan coba lagi nanti.',
    )
  })

  it('explains a stale edit (412) and a missing If-Match (428)', () => {
    expect(problemMessage({ type: type('precondition-failed') })).toContain('telah diubah oleh pengguna lain')
    expect(problemMessage({ type: type('precondition-required') })).toContain('Muat ulang halaman')
  })

  it('falls back to the HTTP status when the body is not a known problem', () => {
    expect(problemMessage(undefined, 403)).toContain('Anda tidak memiliki wewenang untuk melakukan tindakan ini. Hubungi administrator')
    expect(problemMessage(undefined, 404)).toContain('Data yang diminta tidak ditemukan. Periksa alamatnya')
    expect(problemMessage(undefined, 502)).toBe('Terjadi kesalahan pada server. Silakan coba lagi nanti.')
    expect(problemMessage({ type: 'about:blank', status: 409 })).toContain('bertentangan')
  })

  it('gives the incident of a server error to quote', () => {
    expect(problemMessage({ type: type('internal-error'), status: 500, context: { incident: 'a1b2c3' } })).toBe(
      'Terjadi kesalahan pada server. Silakan coba lagi nanti. Bila terulang, sebutkan kode kejadian a1b2c3 kepada administrator.',
    )
  })
})

describe('problems of a document', () => {
  const words = { noun: 'rekap', stateLabel: (state: string | null | undefined) => (state === 'SIGNED' ? 'Ditandatangani' : String(state)) }
  const failure = (status: number, slug: string, extra: object = {}) =>
    new ApiError(status, { type: type(slug), title: 'English title, never shown', status, ...extra })

  it('reads the typed context only of the problem type it belongs to', () => {
    const changed = failure(409, 'version-changed', { context: { currentVersion: 5, currentSha256: 'e'.repeat(64) } })
    expect(problemContext(changed, 'version-changed')?.currentVersion).toBe(5)
    expect(problemContext(changed, 'invalid-state')).toBeUndefined()
    expect(problemContext(new Error('x'), 'version-changed')).toBeUndefined()
  })

  it('says what happened to the document and what to do, by type and context, not by the English text', () => {
    expect(documentProblemMessage(failure(409, 'version-changed', { context: { currentVersion: 5, currentSha256: 'e' } }), words)).toBe(
      'Rekap telah berubah sejak ditampilkan kepada Anda (kini versi 5). Versi terbaru telah dimuat; periksa kembali sebelum memutuskan.',
    )
    expect(documentProblemMessage(failure(409, 'invalid-state', { context: { state: 'SIGNED' } }), words)).toBe(
      'Tindakan ini tidak dapat dilakukan karena rekap kini berstatus “Ditandatangani”. Data terbaru telah dimuat; lanjutkan dengan tindakan yang kini tersedia.',
    )
    expect(documentProblemMessage(failure(409, 'invalid-state'), words)).toContain('pada tahap saat ini')
    expect(documentProblemMessage(failure(412, 'precondition-failed'), words)).toContain('isian Anda tetap ada; periksa lalu simpan kembali')
    expect(documentProblemMessage(failure(409, 'conflict'), { ...words, conflict: 'Ralat sudah berjalan.' })).toBe(
      'Ralat sudah berjalan. Data terbaru telah dimuat.',
    )
    expect(documentProblemMessage(failure(403, 'forbidden', { context: { verb: 'recap.sign' } }), words)).toContain('wewenang')
  })

  it('says the document is incomplete only when the API named what is missing', () => {
    const incomplete = { ...words, incomplete: 'Rekap belum dapat diserahkan.' }
    const missing = failure(422, 'unprocessable', { errors: [{ field: 'units', code: 'NOT_ENTERED', params: { unit: 'Seksi PMD' }, message: '' }] })
    expect(documentProblemMessage(missing, incomplete)).toBe('Rekap belum dapat diserahkan.')
    expect(documentProblemMessage(failure(422, 'unprocessable'), incomplete)).toContain('Permintaan belum dapat dilaksanakan')
  })

  it('says a save without answer saved nothing, where the typing is kept, and to save again once online', () => {
    const offline = new TypeError('Failed to fetch')
    expect(documentProblemMessage(offline, { ...words, unsentKeptOn: 'device' })).toBe(
      'Koneksi ke server terputus, sehingga data belum tersimpan. Isian Anda tetap disimpan sementara di perangkat ini, ' +
        'juga bila halaman ditutup. Setelah koneksi tersambung kembali, tekan Simpan lagi.',
    )
    expect(documentProblemMessage(offline, { ...words, unsentKeptOn: 'page' })).toContain(
      'Isian Anda masih ada di halaman ini, tetapi tidak dapat disimpan di perangkat ini; jangan tutup atau muat ulang halaman ini.',
    )
    // a transition carries no typing: the plain message
    expect(documentProblemMessage(offline, words)).toBe('Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.')
    expect(documentProblemMessage(failure(503, 'service-unavailable'), { ...words, unsentKeptOn: 'device' })).toBe(
      'Layanan sedang tidak tersedia. Silakan coba lagi nanti.',
    )
  })
})

describe('retry time', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('120')).toBe(120)
    const now = new Date('2026-11-26T03:00:00Z')
    expect(retryAfterSeconds('Thu, 26 Nov 2026 03:01:30 GMT', now)).toBe(90)
    expect(retryAfterSeconds(null)).toBeUndefined()
    expect(retryAfterSeconds('soon')).toBeUndefined()
  })

  it('rounds minutes up', () => {
    expect(retryHint(61)).toBe('Coba lagi dalam 2 menit.')
    expect(retryHint(60)).toBe('Coba lagi dalam 1 menit.')
    expect(retryHint(1)).toBe('Coba lagi dalam 1 detik.')
  })
})

describe('fieldErrors', () => {
  it('keys errors by the last name of their JSON path', () => {
    expect(
      fieldErrors({
        errors: [
          { field: 'createUser.request.username', code: 'TAKEN', message: 'is taken' },
          { field: 'units[2].name', code: 'REQUIRED', message: 'is required' },
          { field: 'roles[0]', code: 'NOT_ONE_OF', params: { allowed: 'STAF, CAMAT' }, message: 'must be one of STAF, CAMAT' },
        ],
      }),
    ).toEqual({ username: 'Sudah dipakai.', name: 'Wajib diisi.', roles: 'Pilihan tidak dikenal.' })
  })

  it('says what each catalogue code means in Bahasa Indonesia, with its parameters', () => {
    expect(
      fieldErrors({
        errors: [
          { field: 'nip', code: 'NIP_LENGTH', message: 'must be exactly 18 digits' },
          { field: 'unitId', code: 'REQUIRED_FOR', params: { for: 'STAF, KASUBBAG, KASI' }, message: 'is required for STAF, KASUBBAG, KASI' },
          { field: 'newPassword', code: 'TOO_SHORT', params: { min: '10' }, message: 'must be at least 10 characters' },
          { field: 'username', code: 'TAKEN', message: 'is taken' },
          // a code this SPA does not know yet (a newer API): the API's own words
          { field: 'code', code: 'SOMETHING_NEW' as never, message: 'something new' },
        ],
      }),
    ).toEqual({
      nip: 'Harus tepat 18 digit angka.',
      unitId: 'Wajib diisi untuk STAF, KASUBBAG, KASI.',
      newPassword: 'Paling sedikit 10 karakter.',
      username: 'Sudah dipakai.',
      code: 'something new',
    })
  })
})

describe('ApiError', () => {
  it('carries the message, the field errors and the retry time of a response', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } })
    const error = ApiError.from(response, { type: type('too-many-requests'), status: 429 })
    expect(error.status).toBe(429)
    expect(error.slug).toBe('too-many-requests')
    expect(error.retryAfter).toBe(30)
    expect(error.message).toBe('Terlalu banyak percobaan. Coba lagi dalam 30 detik.')
  })
})

describe('pathErrors', () => {
  it('keeps the whole path of each field, in Bahasa Indonesia', () => {
    expect(
      pathErrors({
        errors: [
          { field: 'sasaran[0].indicators[2].target', code: 'REQUIRED_FOR', params: { for: 'percent' }, message: '' },
          { field: 'sasaran[0].indicators[2].target', code: 'NEGATIVE', message: '' },
          { field: 'sasaran[1].indicators[0].aggregation', code: 'AGGREGATION_NEEDED', message: '' },
          { field: 'letter.addresseeUnitIds[3]', code: 'UNIT_NOT_ACTIVE', message: '' },
          { field: 'sasaran[0].indicators[0].reportingUnitIds', code: 'TOO_FEW', params: { min: '1' }, message: '' },
          { field: 'sasaran[0].code', code: 'DUPLICATE_CODE', params: { code: 'S1' }, message: '' },
        ],
      }),
    ).toEqual({
      'sasaran[0].indicators[2].target': 'Wajib diisi untuk indikator jenis Persentase. Tidak boleh bernilai negatif.',
      'sasaran[1].indicators[0].aggregation':
        'Dilaporkan oleh beberapa unit: pilih Jumlah, Rata-rata, Nilai terendah, atau Nilai tertinggi.',
      'letter.addresseeUnitIds': 'Harus unit kerja yang aktif di kecamatan ini.',
      'sasaran[0].indicators[0].reportingUnitIds': 'Pilih paling sedikit satu unit.',
      'sasaran[0].code': 'Kode S1 sudah dipakai.',
    })
  })

  it('joins what is missing at one place with a semicolon', () => {
    expect(
      pathErrors({
        errors: [
          { field: 'S4.3', code: 'VALUE_MISSING', message: '' },
          { field: 'S4.3', code: 'EVIDENCE_MISSING', message: '' },
        ],
      }),
    ).toEqual({ 'S4.3': 'realisasi belum diisi; bukti dukung belum dilampirkan' })
  })
})

describe('messages of steps 7-11', () => {
  it('says what is wrong with a value, and which unit is not entered yet, in Bahasa Indonesia', () => {
    const say = (code: Schemas['FieldErrorCode'], params?: Record<string, string>) =>
      fieldMessage({ code, params, message: '' })
    expect(say('PERCENT_OVER_100')).toBe('Persentase tidak boleh lebih dari 100.')
    expect(say('YESNO_VALUE')).toBe('Pilih Ya/Ada atau Tidak.')
    expect(say('TAKES_NUMBER', { dataType: 'percent' })).toBe('Isi dengan angka.')
    expect(say('TEXT_TAKES_TEXT')).toBe('Indikator teks diisi dengan teks, bukan angka.')
    expect(say('NOT_ENTERED', { unit: 'Seksi Kesejahteraan Sosial' })).toBe('Seksi Kesejahteraan Sosial belum dimasukkan ke rekap.')
  })
})
