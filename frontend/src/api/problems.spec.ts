import { describe, expect, it } from 'vitest'
import {
  ApiError,
  attachmentErrorMessage,
  fieldErrors,
  fieldMessage,
  pathErrors,
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
    expect(problemMessage(undefined, 403)).toBe('Anda tidak memiliki wewenang untuk melakukan tindakan ini.')
    expect(problemMessage(undefined, 404)).toBe('Data yang diminta tidak ditemukan.')
    expect(problemMessage(undefined, 502)).toBe('Terjadi kesalahan pada server. Silakan coba lagi nanti.')
    expect(problemMessage({ type: 'about:blank', status: 409 })).toContain('bertentangan')
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
          { field: 'createUser.request.username', message: 'sudah dipakai' },
          { field: 'units[2].name', message: 'wajib diisi' },
          { field: 'roles[0]', message: 'tidak dikenal' },
        ],
      }),
    ).toEqual({ username: 'sudah dipakai', name: 'wajib diisi', roles: 'tidak dikenal' })
  })

  it("puts the API's English field messages into Bahasa Indonesia", () => {
    expect(
      fieldErrors({
        errors: [
          { field: 'nip', message: 'must be exactly 18 digits' },
          { field: 'unitId', message: 'is required for STAF, KASUBBAG and KASI' },
          { field: 'newPassword', message: 'must be at least 10 characters' },
          { field: 'username', message: 'is taken' },
          { field: 'code', message: 'something new' },
        ],
      }),
    ).toEqual({
      nip: 'Harus tepat 18 digit angka.',
      unitId: 'Wajib diisi untuk STAF, KASUBBAG dan KASI.',
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
          { field: 'sasaran[0].indicators[2].target', message: 'is required for percent indicators' },
          { field: 'sasaran[0].indicators[2].target', message: 'must not be negative' },
          { field: 'sasaran[1].indicators[0].aggregation', message: 'several units report it: choose sum, average, min or max' },
          { field: 'letter.addresseeUnitIds[3]', message: 'is not an active unit of this kecamatan' },
          { field: 'sasaran[0].indicators[0].reportingUnitIds', message: 'size must be between 1 and 50' },
          { field: 'sasaran[0].code', message: 'repeats sasaran code S1' },
        ],
      }),
    ).toEqual({
      'sasaran[0].indicators[2].target': 'Wajib diisi untuk indikator jenis Persentase. Tidak boleh bernilai negatif.',
      'sasaran[1].indicators[0].aggregation':
        'Dilaporkan oleh beberapa unit: pilih Jumlah, Rata-rata, Nilai terendah, atau Nilai tertinggi.',
      'letter.addresseeUnitIds': 'Harus unit kerja yang aktif di kecamatan ini.',
      'sasaran[0].indicators[0].reportingUnitIds': 'Pilih paling sedikit satu unit.',
      'sasaran[0].code': 'Kode sasaran S1 sudah dipakai.',
    })
  })
})

describe('messages of steps 7-11', () => {
  it('says what is wrong with a value, and which unit is not entered yet, in Bahasa Indonesia', () => {
    expect(fieldMessage('a percentage cannot exceed 100')).toBe('Persentase tidak boleh lebih dari 100.')
    expect(fieldMessage('must be 1 (ya/ada) or 0 (tidak)')).toBe('Pilih Ya/Ada atau Tidak.')
    expect(fieldMessage('a percent indicator takes a number')).toBe('Isi dengan angka.')
    expect(fieldMessage('a text indicator takes text, not a number')).toBe('Indikator teks diisi dengan teks, bukan angka.')
    expect(fieldMessage('Seksi Kesejahteraan Sosial is not entered yet')).toBe('Seksi Kesejahteraan Sosial belum dientri.')
  })

  it('explains a refused evidence file with what is accepted', () => {
    expect(attachmentErrorMessage(new ApiError(415, undefined))).toContain('PDF, PNG, JPEG, XLSX, atau CSV')
    expect(attachmentErrorMessage(new ApiError(413, undefined))).toContain('20 MB per berkas')
  })
})
