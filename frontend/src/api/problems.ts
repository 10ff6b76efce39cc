/**
 * The one place where problem documents (RFC 9457, application/problem+json) from the API are turned
 * into Bahasa Indonesia messages for the user. The backend's titles are English and not shown.
 */

import type { components } from './schema'

type Schemas = components['schemas']

export const PROBLEM_PREFIX = 'urn:alur-kinerja:problem:'

/** A field error as the API sends it: a code from its catalogue, with parameters. */
export type FieldError = Schemas['FieldError']
export type FieldErrorCode = Schemas['FieldErrorCode']

/** A problem document as the API describes it; every member is optional because the body may be anything. */
export type Problem = Partial<Schemas['Problem']>

/** The typed context each problem type carries (openapi.yaml: Problem.context). */
export interface ProblemContexts {
  'invalid-state': Schemas['InvalidStateContext']
  'version-changed': Schemas['VersionChangedContext']
  'precondition-failed': Schemas['PreconditionFailedContext']
  forbidden: Schemas['ForbiddenContext']
  conflict: Schemas['ConflictContext']
  'internal-error': Schemas['IncidentContext']
}

const MESSAGES: Record<string, string> = {
  'invalid-credentials': 'Nama pengguna atau kata sandi salah.',
  'too-many-requests': 'Terlalu banyak percobaan.',
  'validation-failed': 'Isian belum benar. Periksa kembali kolom yang ditandai.',
  'malformed-request': 'Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi.',
  unauthenticated: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'invalid-refresh-token': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  'invalid-client': 'Kredensial akun layanan salah, kedaluwarsa, atau telah dicabut.',
  forbidden:
    'Anda tidak memiliki wewenang untuk melakukan tindakan ini. Hubungi administrator bila tindakan ini memang tugas Anda.',
  'not-found': 'Data yang diminta tidak ditemukan. Periksa alamatnya, atau buka kembali dari Beranda.',
  'method-not-allowed': 'Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi.',
  'not-acceptable': 'Permintaan tidak dapat diproses. Muat ulang halaman lalu coba lagi.',
  conflict:
    'Data bertentangan dengan data yang sudah ada, misalnya kode atau nama pengguna sudah dipakai. Periksa isian lalu coba lagi.',
  'invalid-state': 'Tindakan ini tidak dapat dilakukan pada tahap saat ini. Muat ulang halaman untuk melihat tahap terbaru.',
  'version-changed': 'Dokumen telah berubah sejak ditampilkan kepada Anda. Versi terbaru telah dimuat; periksa kembali sebelum memutuskan.',
  'precondition-failed':
    'Data ini telah diubah oleh pengguna lain sejak Anda membukanya. Data terbaru telah dimuat; periksa lalu ulangi perubahan Anda.',
  'precondition-required': 'Versi data tidak disertakan. Muat ulang halaman lalu coba lagi.',
  'payload-too-large': 'Ukuran data terlalu besar. Perkecil data atau berkasnya lalu coba lagi.',
  'uri-too-long': 'Alamat permintaan terlalu panjang. Persempit pencarian atau pilihan lalu coba lagi.',
  'unsupported-media-type': 'Jenis berkas tidak didukung. Pilih berkas dengan jenis yang diterima.',
  unprocessable: 'Permintaan belum dapat dilaksanakan. Lengkapi data yang diminta lalu coba lagi.',
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
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  428: 'precondition-required',
  429: 'too-many-requests',
  503: 'service-unavailable',
}

export const NETWORK_ERROR_MESSAGE =
  'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.'

/**
 * A save that got no answer (the connection is down, or the server cannot be reached): nothing was
 * saved, and what the user typed is still there: kept on this device (a local draft), or, when the
 * browser would not keep it, only in the open page.
 */
export function unsentSaveMessage(keptOn: 'device' | 'page'): string {
  const kept =
    keptOn === 'device'
      ? 'Isian Anda tetap disimpan sementara di perangkat ini, juga bila halaman ditutup.'
      : 'Isian Anda masih ada di halaman ini, tetapi tidak dapat disimpan di perangkat ini; jangan tutup atau muat ulang halaman ini.'
  return `Koneksi ke server terputus, sehingga data belum tersimpan. ${kept} Setelah koneksi tersambung kembali, tekan Simpan lagi.`
}

const DATA_TYPE_NAMES: Record<string, string> = {
  number: 'Angka',
  percent: 'Persentase',
  index: 'Indeks',
  yesno: 'Ya/Tidak',
  text: 'Teks',
}

const JSON_KINDS: Record<string, string> = {
  number: 'angka',
  string: 'teks',
  boolean: 'ya/tidak',
  array: 'daftar',
  date: 'tanggal',
  object: 'objek',
}

type Params = Record<string, string>

/**
 * Every code of the API's field-error catalogue in Bahasa Indonesia, with its parameters filled in.
 * The compiler checks that no code is left out.
 */
const FIELD_CODES: Record<FieldErrorCode, (p: Params) => string> = {
  REQUIRED: () => 'Wajib diisi.',
  TOO_SHORT: (p) => `Paling sedikit ${p.min} karakter.`,
  TOO_LONG: (p) => `Paling banyak ${p.max} karakter.`,
  TOO_FEW: (p) => (p.min === '1' ? 'Pilih atau isi paling sedikit satu.' : `Paling sedikit ${p.min} butir.`),
  TOO_MANY: (p) => `Paling banyak ${p.max} butir.`,
  TOO_SMALL: (p) => `Paling kecil ${p.min}.`,
  TOO_LARGE: (p) => `Paling besar ${p.max}.`,
  NEGATIVE: () => 'Tidak boleh bernilai negatif.',
  TOO_MANY_DIGITS: (p) => `Paling banyak ${p.integer} digit sebelum koma dan ${p.fraction} digit sesudahnya.`,
  WRONG_TYPE: (p) => `Harus berupa ${JSON_KINDS[p.expected] ?? p.expected}.`,
  NOT_ONE_OF: () => 'Pilihan tidak dikenal.',
  UNKNOWN_FIELD: () => 'Isian ini tidak dikenal.',
  FORBIDDEN_CHARACTERS: () => 'Mengandung karakter yang tidak dapat disimpan. Ketik ulang isian ini.',
  INVALID_FORMAT: () => 'Formatnya tidak benar.',
  CODE_CHARACTERS: () => 'Hanya boleh berisi huruf, angka, dan titik.',
  UNIT_CODE_CHARACTERS: () => 'Hanya boleh berisi huruf, angka, titik, garis bawah, dan tanda hubung.',
  USERNAME_CHARACTERS: () => 'Hanya huruf kecil, angka, titik, garis bawah, dan tanda hubung, diawali huruf atau angka.',
  SHA256: () => 'Versi yang ditampilkan tidak dikenali. Muat ulang halaman.',
  EMPTY_BODY: () => 'Berkas kosong.',
  IDEMPOTENCY_KEY: () => 'Kunci permintaan harus 1–200 karakter.',
  CURSOR: () => 'Halaman daftar tidak dikenal. Muat ulang daftar.',
  REASON_REQUIRED: () => 'Alasan wajib diisi.',
  NIP_LENGTH: () => 'Harus tepat 18 digit angka.',
  NIP_BIRTH_DATE: () => 'Digit 1–8 harus berupa tanggal lahir (TTTTBBHH).',
  NIP_TMT: () => 'Digit 9–14 harus berupa tahun dan bulan TMT (TTTTBB).',
  NIP_TMT_AGE: () => 'TMT (digit 9–14) paling cepat 17 tahun setelah tanggal lahir.',
  NIP_SEX: () => 'Digit 15 harus 1 (laki-laki) atau 2 (perempuan).',
  NIP_SEQUENCE: () => 'Digit 16–18 harus nomor urut mulai 001.',
  NIP_NOT_FOR_NON_ASN: () => 'Pegawai non-ASN tidak memiliki NIP; kosongkan isian ini.',
  REQUIRED_FOR: (p) => `Wajib diisi untuk ${DATA_TYPE_NAMES[p.for] ? `indikator jenis ${DATA_TYPE_NAMES[p.for]}` : p.for}.`,
  TAKEN: () => 'Sudah dipakai.',
  ALREADY_REGISTERED: () => 'Sudah terdaftar untuk pengguna lain.',
  NOT_CURRENT_PASSWORD: () => 'Tidak sama dengan kata sandi Anda saat ini.',
  SAME_AS_USERNAME: () => 'Tidak boleh sama dengan nama pengguna.',
  SAME_AS_NIP: () => 'Tidak boleh sama dengan NIP.',
  KABUPATEN_ROLE: () => 'Peran Kabupaten bukan peran kecamatan.',
  KABUPATEN_LEVEL_ROLE: () => 'Pengguna tingkat kabupaten hanya berperan Petugas Kabupaten atau Administrator.',
  NO_UNIT_AT_KABUPATEN: () => 'Pengguna tingkat kabupaten tidak berada di unit kerja.',
  GRANT_TYPE: () => 'Jenis grant harus client_credentials.',
  SCOPE_NOT_GRANTED: (p) => `Cakupan ${p.scope} tidak diberikan kepada akun layanan ini.`,
  WEBHOOK_URL: () => 'Alamat webhook harus https dan menuju alamat publik.',
  NOT_A_PERSON: () => 'Akun layanan dikelola di halaman akun layanan, bukan sebagai pengguna.',
  NOT_AN_SOP_POSITION: () => 'Plt./Plh. hanya untuk jabatan dalam SOP.',
  BEFORE_START: () => 'Tidak boleh sebelum tanggal mulai.',
  NO_SUCH_KECAMATAN: () => 'Kecamatan tidak ditemukan.',
  UNIT_NOT_ACTIVE: () => 'Harus unit kerja yang aktif di kecamatan ini.',
  ALREADY_USED: (p) => `Sudah dipakai oleh ${p.by}.`,
  PENGELOLA_STAYS_ACTIVE: () => 'Unit pengelola data kinerja tidak dapat dinonaktifkan; tunjuk unit pengelola lain terlebih dahulu.',
  CLASSIFICATION: () => 'Harus berupa kode klasifikasi, misalnya 000.1.5.',
  PATTERN_NEEDS_SEQ: () => 'Pola nomor harus memuat {seq}.',
  PATTERN_PLACEHOLDERS: () => 'Pola nomor hanya boleh memakai {classification}, {seq}, {kecamatan}, dan {year}.',
  DUPLICATE_CODE: (p) => `Kode ${p.code} sudah dipakai.`,
  LISTED_TWICE: () => 'Tercantum dua kali.',
  TEXT_TARGET: () => 'Indikator teks memakai target berupa teks, bukan angka.',
  TEXT_NOT_COMBINED: () => 'Nilai teks tidak dapat digabung; pilih "Tidak digabung".',
  YESNO_TARGET: () => 'Untuk indikator Ya/Tidak isi 1 (ada/ya) atau 0.',
  PERCENT_OVER_100: () => 'Persentase tidak boleh lebih dari 100.',
  AGGREGATION_NEEDED: () => 'Dilaporkan oleh beberapa unit: pilih Jumlah, Rata-rata, Nilai terendah, atau Nilai tertinggi.',
  LETTER_BODY_MISSING: () => 'Isi surat wajib diisi sebelum dikirim untuk dikoreksi.',
  LETTER_DEADLINE_MISSING: () => 'Tenggat bagi unit kerja wajib diisi.',
  ADDRESSEE_MISSING: () => 'Pilih paling sedikit satu unit tujuan.',
  SASARAN_EMPTY: () => 'Setiap sasaran memerlukan paling sedikit satu indikator.',
  UNIT_NOT_ADDRESSED: () => 'Ada unit pelapor yang tidak termasuk unit tujuan surat.',
  FORM_EMPTY: () => 'Formulir memerlukan paling sedikit satu indikator.',
  NO_SUCH_VERSION: (p) => `Versi ${p.version} tidak ada.`,
  IMPORT_NO_ROWS: () => 'Berkas tidak memuat baris judul dan baris indikator.',
  IMPORT_MISSING_COLUMN: (p) => `Kolom ${p.column} tidak ada.`,
  IMPORT_EMPTY_CELL: (p) => `Kolom ${p.column} kosong.`,
  IMPORT_DATA_TYPE: () => 'data_type harus number, percent, index, yesno, atau text.',
  IMPORT_POLARITY: () => 'polarity harus + atau -.',
  IMPORT_NOT_A_NUMBER: (p) => `${p.column} "${p.value}" bukan angka.`,
  IMPORT_AGGREGATION: () => 'aggregation harus sum, average, min, max, atau none.',
  IMPORT_UNKNOWN_UNIT: (p) => `Tidak ada unit aktif bernama "${p.unit}" di kecamatan ini.`,
  NOT_XLSX: () => 'Berkas bukan buku kerja XLSX yang dapat dibaca.',
  TEXT_TAKES_TEXT: () => 'Indikator teks diisi dengan teks, bukan angka.',
  TAKES_NUMBER: () => 'Isi dengan angka.',
  YESNO_VALUE: () => 'Pilih Ya/Ada atau Tidak.',
  NOT_REPORTED_BY_UNIT: () => 'Bukan indikator yang dilaporkan unit ini.',
  GIVEN_TWICE: () => 'Tercantum dua kali.',
  VALUE_MISSING: () => 'realisasi belum diisi',
  EVIDENCE_MISSING: () => 'bukti dukung belum dilampirkan',
  ONLY_VERIFIED_CORRECTED: () => 'Hanya nilai unit yang sudah dimasukkan dan terverifikasi yang dapat dikoreksi.',
  NOT_ENTERED: (p) => `${p.unit} belum dimasukkan ke rekap.`,
  TIME_ZONE: () => 'Pilih zona waktu WIB, WITA atau WIT.',
  OFFICE_HOURS: () => 'Jam kerja harus dibuka sebelum ditutup, dengan istirahat di antaranya.',
  WEEKDAY_TWICE: () => 'Hari ini tercantum dua kali.',
  WEEK_WITHOUT_WORKING_DAY: () => 'Sepekan perlu paling sedikit satu hari kerja.',
  DATE_RANGE: () => 'Tanggal akhir sebelum tanggal awal.',
  OVERRIDES_OVERLAP: (p) => `Bertumpang tindih dengan jam kerja khusus ${p.name}.`,
  HOLIDAY_EXISTS: (p) => `Tanggal ${p.day} sudah hari libur: ${p.name}.`,
  SOP_STEPS: () => 'Cantumkan langkah 1 sampai 11, masing-masing satu kali.',
}

/** A catalogue code in Bahasa Indonesia. */
export function codeMessage(code: FieldErrorCode, params: Params = {}): string {
  const text = FIELD_CODES[code]
  return text ? text(params) : code
}

/** A field error in Bahasa Indonesia; an unknown code (a newer API) shows the API's message. */
export function fieldMessage(error: Pick<FieldError, 'code' | 'params' | 'message'>): string {
  return FIELD_CODES[error.code] ? FIELD_CODES[error.code](error.params ?? {}) : error.message
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
  const incident = slug === 'internal-error' ? (problem?.context as ProblemContexts['internal-error'] | undefined)?.incident : undefined
  return incident ? `${base} Bila terulang, sebutkan kode kejadian ${incident} kepada administrator.` : base
}

/**
 * The typed context of a failure when it is the problem type `slug` (recognised by its type, never by
 * its English text); otherwise undefined.
 */
export function problemContext<S extends keyof ProblemContexts>(failure: unknown, slug: S): ProblemContexts[S] | undefined {
  if (!(failure instanceof ApiError) || failure.slug !== slug) return undefined
  return failure.problem?.context as ProblemContexts[S] | undefined
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
    const message = fieldMessage(error)
    result[key] = result[key] ? `${result[key]} ${message}` : message
  }
  return result
}

/**
 * Field errors keyed by their whole JSON path ("sasaran[0].indicators[2].target"), for forms with
 * repeated parts, where the last name alone would not say which input is meant. A list member's error
 * ("letter.addresseeUnitIds[3]") is kept under the list's path. A unit list that must not be empty
 * asks for a choice.
 */
export function pathErrors(problem: Problem | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const error of problem?.errors ?? []) {
    const path = error.field.replace(/\[\d+\]$/, '')
    const message = /Ids$/.test(path) && error.code === 'TOO_FEW' ? 'Pilih paling sedikit satu unit.' : fieldMessage(error)
    const before = result[path]
    result[path] = before && !before.includes(message) ? `${before}${/[.!?]$/.test(before) ? ' ' : '; '}${message}` : message
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

/** The message to show for anything a request may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return NETWORK_ERROR_MESSAGE
}

/** How a document is named in messages about it, and how its states read. */
export interface DocumentWords {
  /** Lower case, as in a sentence: "formulir", "data unit", "rekap". */
  noun: string
  stateLabel: (state: string | null | undefined) => string
  /** What a 422 with field errors means here ("Formulir belum lengkap untuk dikirim…"). */
  incomplete?: string
  /** What a conflict means here ("Ralat atas rekap ini sudah berjalan…"). */
  conflict?: string
  /** For a save: where what the user typed is kept when the save gets no answer. */
  unsentKeptOn?: 'device' | 'page'
}

/** Problems after which a document page fetches the document again: it changed, or moved on. */
export function reloadsDocument(failure: unknown): boolean {
  return failure instanceof ApiError && (failure.status === 409 || failure.status === 412)
}

/**
 * Why one document of a bulk action failed, as the end of a sentence naming it: above all, that it
 * changed or moved on since the list was read (the problems a document page reloads on).
 */
export function bulkFailureMessage(caught: unknown): string {
  if (reloadsDocument(caught)) {
    return 'datanya berubah sejak daftar ini dimuat atau tahapnya sudah berganti; buka dokumennya dan periksa kembali.'
  }
  const text = errorMessage(caught)
  return text.charAt(0).toLowerCase() + text.slice(1)
}

const RELOADED = 'Data terbaru telah dimuat'

/**
 * What a document page says when a save or a transition failed: what happened, in the words of the
 * document, and what to do now. Recognised by the problem's type and its typed context.
 */
export function documentProblemMessage(failure: unknown, words: DocumentWords): string {
  if (!(failure instanceof ApiError)) return words.unsentKeptOn ? unsentSaveMessage(words.unsentKeptOn) : errorMessage(failure)
  const noun = words.noun.charAt(0).toUpperCase() + words.noun.slice(1)
  switch (failure.slug) {
    case 'version-changed': {
      const current = problemContext(failure, 'version-changed')?.currentVersion
      return (
        `${noun} telah berubah sejak ditampilkan kepada Anda${current ? ` (kini versi ${current})` : ''}. ` +
        'Versi terbaru telah dimuat; periksa kembali sebelum memutuskan.'
      )
    }
    case 'invalid-state': {
      const state = problemContext(failure, 'invalid-state')?.state
      const why = state
        ? `Tindakan ini tidak dapat dilakukan karena ${words.noun} kini berstatus “${words.stateLabel(state)}”.`
        : 'Tindakan ini tidak dapat dilakukan pada tahap saat ini.'
      return `${why} ${RELOADED}; lanjutkan dengan tindakan yang kini tersedia.`
    }
    case 'precondition-failed':
      return (
        'Data ini telah diubah oleh pengguna lain sejak Anda membukanya. ' +
        `${RELOADED} dan isian Anda tetap ada; periksa lalu simpan kembali.`
      )
    case 'conflict':
      return `${words.conflict ?? failure.message} ${RELOADED}.`
  }
  if ((failure.status === 400 || failure.status === 422) && failure.problem?.errors?.length && words.incomplete) {
    return words.incomplete
  }
  return failure.message
}
