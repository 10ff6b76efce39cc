/**
 * The one place where problem documents (RFC 9457, application/problem+json) from the API are turned
 * into Bahasa Indonesia messages for the user. The backend's titles are English and not shown.
 */

export const PROBLEM_PREFIX = 'urn:alur-kinerja:problem:'

export interface FieldError {
  field: string
  message: string
}

/** The shape of a problem document; every member is optional because the body may be anything. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  context?: Record<string, unknown>
}

const MESSAGES: Record<string, string> = {
  'invalid-credentials': 'Nama pengguna atau kata sandi salah.',
  'too-many-requests': 'Terlalu banyak percobaan.',
  'validation-failed': 'Isian belum benar. Periksa kembali kolom yang ditandai.',
  'malformed-request': 'Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi.',
  unauthenticated: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'invalid-refresh-token': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  forbidden: 'Anda tidak memiliki wewenang untuk melakukan tindakan ini.',
  'not-found': 'Data yang diminta tidak ditemukan.',
  conflict: 'Data bertentangan dengan data yang sudah ada, misalnya kode atau nama pengguna sudah dipakai.',
  'invalid-state': 'Tindakan ini tidak dapat dilakukan pada tahap saat ini.',
  'precondition-failed':
    'Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Data terbaru telah dimuat; periksa lalu ulangi perubahan Anda.',
  'precondition-required': 'Versi data tidak disertakan. Muat ulang halaman lalu coba lagi.',
  'payload-too-large': 'Ukuran data terlalu besar.',
  'unsupported-media-type': 'Jenis berkas tidak didukung.',
  unprocessable: 'Permintaan tidak dapat dilaksanakan.',
  'service-unavailable': 'Layanan sedang tidak tersedia. Silakan coba lagi nanti.',
  'internal-error': 'Terjadi kesalahan pada server. Silakan coba lagi nanti.',
}

const BY_STATUS: Record<number, string> = {
  400: 'validation-failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  428: 'precondition-required',
  429: 'too-many-requests',
  503: 'service-unavailable',
}

export const NETWORK_ERROR_MESSAGE =
  'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.'

/**
 * The API's field messages are English; these are the ones it sends, in Bahasa Indonesia. A message
 * not listed here is shown as the server wrote it.
 */
const FIELD_MESSAGES: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^must not be (blank|null|empty)$/, 'Wajib diisi.'],
  [/^must be at least (\d+) characters$/, (n) => `Paling sedikit ${n} karakter.`],
  [/^must be at most (\d+) characters$/, (n) => `Paling banyak ${n} karakter.`],
  [/^size must be between (\d+) and (\d+)$/, (a, b) => `Panjangnya harus ${a} sampai ${b} karakter.`],
  [/^must be (\d+)-(\d+) characters$/, (a, b) => `Panjangnya harus ${a} sampai ${b} karakter.`],
  [/^must be exactly 18 digits$/, 'Harus tepat 18 digit angka.'],
  [/^digits 1-8 must be a birth date/, 'Digit 1–8 harus berupa tanggal lahir (TTTTBBHH).'],
  [/^the TMT \(digits 9-14\) must be at least 17 years after the birth date$/, 'TMT (digit 9–14) paling cepat 17 tahun setelah tanggal lahir.'],
  [/^is required for (number|percent|index|yesno) indicators$/, (type) => `Wajib diisi untuk indikator jenis ${DATA_TYPE_NAMES[type]}.`],
  [/^is required for (.+)$/, (who) => `Wajib diisi untuk ${who.replace(/ and /g, ' dan ')}.`],
  [/^is taken$/, 'Sudah dipakai.'],
  [/^is already registered$/, 'Sudah terdaftar.'],
  [/^is already used by another unit$/, 'Sudah dipakai unit lain.'],
  [/^is already used by (.+)$/, (who) => `Sudah dipakai oleh ${who}.`],
  [/^is not your current password$/, 'Tidak sama dengan kata sandi Anda saat ini.'],
  [/^must not be the username$/, 'Tidak boleh sama dengan nama pengguna.'],
  [/^must not be the NIP$/, 'Tidak boleh sama dengan NIP.'],
  [/^must not be negative$/, 'Tidak boleh bernilai negatif.'],
  [/^must not be before startsOn$/, 'Tidak boleh sebelum tanggal mulai.'],
  [/^(must be an active unit of|is not an active unit of) /, 'Harus unit kerja yang aktif di kecamatan ini.'],
  [/^is listed twice$/, 'Tercantum dua kali.'],
  [/^may only contain letters, digits and '\.'$/, 'Hanya boleh berisi huruf, angka, dan titik.'],
  [/^may only contain letters, digits, '\.', '_' and '-'$/, 'Hanya boleh berisi huruf, angka, titik, garis bawah, dan tanda hubung.'],
  // the format data kinerja and its letter
  [/^repeats sasaran code (.+)$/, (code) => `Kode sasaran ${code} sudah dipakai.`],
  [/^repeats indicator code (.+)$/, (code) => `Kode indikator ${code} sudah dipakai.`],
  [/^text indicators take targetText, not a number$/, 'Indikator teks memakai target berupa teks, bukan angka.'],
  [/^text values cannot be combined: use none$/, 'Nilai teks tidak dapat digabung; pilih "Tidak digabung".'],
  [/^must be 1 \(ada\/ya\) or 0 for yesno indicators$/, 'Untuk indikator Ya/Tidak isi 1 (ada/ya) atau 0.'],
  [/^a percentage target cannot exceed 100$/, 'Target persentase tidak boleh lebih dari 100.'],
  [/^several units report it: /, 'Dilaporkan oleh beberapa unit: pilih Jumlah, Rata-rata, Nilai terendah, atau Nilai tertinggi.'],
  [/^the letter needs its text/, 'Isi surat wajib diisi sebelum dikirim untuk dikoreksi.'],
  [/^the letter needs a deadline/, 'Tenggat bagi unit kerja wajib diisi.'],
  [/^the letter needs at least one addressee/, 'Pilih paling sedikit satu unit tujuan.'],
  [/^a sasaran needs at least one indicator$/, 'Setiap sasaran memerlukan paling sedikit satu indikator.'],
  [/^unit \d+ reports this indicator but is not addressed by the letter$/, 'Ada unit pelapor yang tidak termasuk unit tujuan surat.'],
  [/^the form needs at least one indicator$/, 'Formulir memerlukan paling sedikit satu indikator.'],
  [/^a refusal or return needs a reason$/, 'Alasan wajib diisi.'],
  [/^must be a classification code/, 'Harus berupa kode klasifikasi, misalnya 000.1.5.'],
  [/^numeric value out of bounds/, 'Paling banyak 12 digit sebelum koma dan 4 digit sesudahnya.'],
  [/^must be greater than or equal to (\S+)$/, (n) => `Paling kecil ${n}.`],
  // the units' data (step 7) and the recap (step 8)
  [/^a text indicator takes text, not a number$/, 'Indikator teks diisi dengan teks, bukan angka.'],
  [/^a \w+ indicator takes a number$/, 'Isi dengan angka.'],
  [/^must be 1 \(ya\/ada\) or 0 \(tidak\)$/, 'Pilih Ya/Ada atau Tidak.'],
  [/^a percentage cannot exceed 100$/, 'Persentase tidak boleh lebih dari 100.'],
  [/^is not an indicator your unit reports$/, 'Bukan indikator yang dilaporkan unit Anda.'],
  [/^is not an indicator of this unit$/, 'Bukan indikator unit ini.'],
  [/^is given twice$/, 'Tercantum dua kali.'],
  [/^send the file as the request body$/, 'Berkas kosong.'],
  [/^the unit does not report this indicator$/, 'Unit ini tidak melaporkan indikator tersebut.'],
  [/^only entered, verified units' values can be corrected$/, 'Hanya nilai unit yang sudah dientri dan terverifikasi yang dapat dikoreksi.'],
  [/^this unit reports no indicator of the form$/, 'Unit ini tidak melaporkan indikator apa pun pada formulir ini.'],
  [/^(.+) is not entered yet$/, (unit) => `${unit} belum dientri.`],
]

const DATA_TYPE_NAMES: Record<string, string> = {
  number: 'Angka',
  percent: 'Persentase',
  index: 'Indeks',
  yesno: 'Ya/Tidak',
}

/** A field message in Bahasa Indonesia when it is a known one. */
export function fieldMessage(message: string): string {
  for (const [pattern, replacement] of FIELD_MESSAGES) {
    const match = pattern.exec(message)
    if (match) return typeof replacement === 'string' ? replacement : replacement(...match.slice(1))
  }
  return message
}

/** The short name of a problem type ("invalid-credentials"), falling back to the HTTP status. */
export function problemSlug(problem: Problem | undefined, status?: number): string {
  const type = problem?.type ?? ''
  if (type.startsWith(PROBLEM_PREFIX)) return type.slice(PROBLEM_PREFIX.length)
  const code = problem?.status ?? status ?? 0
  return BY_STATUS[code] ?? (code >= 500 ? 'internal-error' : 'unknown')
}

/**
 * Reads a Retry-After header value (delta seconds or an HTTP date) as whole seconds, or undefined.
 */
export function retryAfterSeconds(header: string | null | undefined, now: Date = new Date()): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000))
}

/** "Coba lagi dalam 2 menit." or "Coba lagi dalam 45 detik." */
export function retryHint(seconds: number): string {
  if (seconds >= 60) return `Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`
  return `Coba lagi dalam ${Math.max(1, seconds)} detik.`
}

/** The Indonesian message for a problem, with the retry time for 429 when known. */
export function problemMessage(problem: Problem | undefined, status?: number, retryAfter?: number): string {
  const slug = problemSlug(problem, status)
  const base = MESSAGES[slug] ?? 'Permintaan tidak dapat diproses. Silakan coba lagi.'
  if (slug === 'too-many-requests') {
    return retryAfter === undefined ? `${base} Silakan coba lagi nanti.` : `${base} ${retryHint(retryAfter)}`
  }
  return base
}

/**
 * Field errors keyed by the last name in their JSON path ("units[2].name" -> "name",
 * "roles[0]" -> "roles"), so that a form can show them next to its inputs.
 */
export function fieldErrors(problem: Problem | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of problem?.errors ?? []) {
    const last = error.field.split('.').pop() ?? error.field
    const key = last.replace(/\[\d+\]$/, '')
    const message = fieldMessage(error.message)
    result[key] = result[key] ? `${result[key]} ${message}` : message
  }
  return result
}

/**
 * Field errors keyed by their whole JSON path ("sasaran[0].indicators[2].target"), for forms with
 * repeated parts, where the last name alone would not say which input is meant. A list member's error
 * ("letter.addresseeUnitIds[3]") is kept under the list's path. Lists that must not be empty get a
 * message about choosing, not about length.
 */
export function pathErrors(problem: Problem | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of problem?.errors ?? []) {
    const path = error.field.replace(/\[\d+\]$/, '')
    const message = /Ids$/.test(path) && /^size must be between 1 and/.test(error.message)
      ? 'Pilih paling sedikit satu unit.'
      : fieldMessage(error.message)
    result[path] = result[path] && !result[path].includes(message) ? `${result[path]} ${message}` : message
  }
  return result
}

/** An API call that did not succeed, carrying what the user needs to see. */
export class ApiError extends Error {
  readonly status: number
  readonly slug: string
  readonly problem: Problem | undefined
  readonly fieldErrors: Record<string, string>
  readonly retryAfter: number | undefined

  constructor(status: number, problem: Problem | undefined, retryAfter?: number) {
    super(problemMessage(problem, status, retryAfter))
    this.name = 'ApiError'
    this.status = status
    this.slug = problemSlug(problem, status)
    this.problem = problem
    this.fieldErrors = fieldErrors(problem)
    this.retryAfter = retryAfter
  }

  static from(response: Response, body: unknown): ApiError {
    const problem = typeof body === 'object' && body !== null ? (body as Problem) : undefined
    return new ApiError(response.status, problem, retryAfterSeconds(response.headers.get('Retry-After')))
  }
}

/** Why an evidence file was refused, saying what is accepted. */
export function attachmentErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 413) {
    return `${ATTACHMENT_LIMITS} Berkas ini melebihi batas tersebut.`
  }
  if (error instanceof ApiError && error.status === 415) {
    return `Jenis berkas tidak didukung. ${ATTACHMENT_TYPES}`
  }
  return errorMessage(error)
}

/** What the API accepts as evidence (checked by content, not by name). */
export const ATTACHMENT_TYPES =
  'Lampirkan berkas PDF, PNG, JPEG, XLSX, atau CSV; jenisnya dikenali dari isi berkas, bukan dari namanya.'
export const ATTACHMENT_LIMITS = 'Ukuran paling besar 20 MB per berkas dan 200 MB untuk seluruh bukti dukung satu unit.'
/** The per-file limit, checked before uploading (the API checks it again). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024

/** The message to show for anything a request may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return NETWORK_ERROR_MESSAGE
}
