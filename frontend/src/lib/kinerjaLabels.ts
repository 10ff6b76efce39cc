import type { Schemas } from '../api/client'
import { formatNumber } from './format'

/**
 * Names for SOP steps 7-11 in Bahasa Indonesia: the units' submissions, the Sekcam's verification
 * and the kecamatan recap; and how realisasi, targets and capaian are written.
 */

export type SubmissionState = Schemas['SubmissionView']['state']
export type SubmissionTransition = Schemas['SubmissionView']['transitions'][number]
export type ReasonCode = Schemas['SubmissionNoteView']['reasonCode']
export type RecapState = Schemas['RecapView']['state']
export type RecapTransition = Schemas['RecapView']['transitions'][number]
export type RecapValueKind = Schemas['RecapValueHistory']['kind']
type DataType = Schemas['SubmissionIndicator']['dataType']

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  NOT_STARTED: 'Belum mulai',
  DRAFT: 'Draf',
  SUBMITTED: 'Disampaikan',
  RETURNED: 'Dikembalikan',
  VERIFIED: 'Terverifikasi',
  NOT_SUBMITTED: 'Tidak menyampaikan',
}

/** A submission's state as the Sekcam's grid says it: "Dikembalikan 2 kali". */
export function submissionStateLabel(state: string | null | undefined, returnedCount?: number | null): string {
  if (!state) return ''
  if (state === 'RETURNED' && returnedCount) return `Dikembalikan ${returnedCount} kali`
  return SUBMISSION_STATE_LABELS[state as SubmissionState] ?? state
}

/** Why the Sekcam wrote a note on an indicator. */
export const REASON_CODE_LABELS: Record<ReasonCode, string> = {
  INCOMPLETE: 'Tidak lengkap',
  INCONSISTENT: 'Tidak konsisten',
  MISSING_EVIDENCE: 'Bukti dukung kurang',
  OTHER: 'Lainnya',
}
export const REASON_CODES = Object.keys(REASON_CODE_LABELS) as ReasonCode[]

export const RECAP_STATE_LABELS: Record<RecapState, string> = {
  DRAFT: 'Draf (pemasukan data)',
  AWAITING_VALIDATION: 'Menunggu validasi Kasubbag',
  AWAITING_PARAF: 'Menunggu paraf Sekcam',
  AWAITING_SIGNATURE: 'Menunggu tanda tangan Camat',
  SIGNED: 'Ditandatangani',
  SUPERSEDED: 'Digantikan oleh ralat',
}

export function recapStateLabel(state: string | null | undefined): string {
  if (!state) return ''
  return RECAP_STATE_LABELS[state as RecapState] ?? state
}

/** A unit's place in the recap. */
export const RECAP_UNIT_STATUS_LABELS: Record<string, string> = {
  NOT_ENTERED: 'Belum dimasukkan',
  VERIFIED: 'Dimasukkan (terverifikasi)',
  NOT_SUBMITTED: 'Dimasukkan (tidak menyampaikan)',
}

export const RECAP_VALUE_KIND_LABELS: Record<RecapValueKind, string> = {
  ENTERED: 'Dimasukkan',
  CORRECTED: 'Dikoreksi',
}

/** What each entry of a submission's history means. */
export const SUBMISSION_ACTION_LABELS: Record<Schemas['SubmissionTransition'], string> = {
  CREATE: 'Dibuat saat formulir dikirim',
  FIRST_SAVE: 'Menyimpan data',
  SAVE: 'Menyimpan data',
  ATTACH: 'Melampirkan bukti dukung',
  DETACH: 'Menghapus bukti dukung',
  SUBMIT: 'Menyampaikan data kepada Sekcam',
  VERIFY: 'Memverifikasi data',
  RETURN: 'Mengembalikan data kepada unit',
  MARK_NOT_SUBMITTED: 'Menandai tidak menyampaikan',
}

/** What each entry of a recap's history means. */
export const RECAP_ACTION_LABELS: Record<RecapTransition, string> = {
  CREATE: 'Membuat rekap',
  CREATE_RALAT: 'Membuat rekap ralat',
  ENTER: 'Memasukkan data unit',
  CORRECT_VALUES: 'Mengoreksi nilai',
  REQUEST_VALIDATION: 'Menyerahkan kepada Kasubbag untuk divalidasi',
  VALIDATE: 'Memvalidasi',
  RETURN_TO_STAF: 'Mengembalikan kepada Staf',
  PARAF: 'Memberi paraf',
  REFUSE_PARAF: 'Menolak memberi paraf',
  SIGN: 'Menandatangani',
  REFUSE_SIGNATURE: 'Tidak menandatangani',
  RALAT: 'Memulai ralat',
  SUPERSEDE: 'Digantikan oleh ralat',
}

/** "Ya/Ada" or "Tidak" for a yes/no value (1 or 0). */
export function yesNoLabel(value: number | null | undefined): string {
  if (value == null) return ''
  return Number(value) === 1 ? 'Ya/Ada' : 'Tidak'
}

/** What a target reads like: "100 %", "12 desa", "Ya/Ada", or the target in words. */
export function formatTarget(indicator: {
  dataType: DataType
  satuan?: string | null
  target?: number | null
  targetText?: string | null
}): string {
  if (indicator.dataType === 'text') return indicator.targetText || '—'
  if (indicator.target == null) return '—'
  if (indicator.dataType === 'yesno') return yesNoLabel(indicator.target)
  return withUnit(formatNumber(indicator.target), indicator.satuan)
}

/** A realisasi as written: numbers in Indonesian, yes/no in words, text as given; "" when absent. */
export function formatRealisasi(
  dataType: DataType,
  value: number | null | undefined,
  text: string | null | undefined,
  satuan?: string | null,
): string {
  if (dataType === 'text') return text ?? ''
  if (value == null) return ''
  if (dataType === 'yesno') return yesNoLabel(value)
  return withUnit(formatNumber(value), satuan)
}

function withUnit(number: string, satuan: string | null | undefined): string {
  if (!satuan) return number
  return satuan === '%' ? `${number} %` : `${number} ${satuan}`
}

/**
 * Capaian as written: "98,5 % (sangat tinggi)"; without a capaian, why not ("belum diisi"),
 * never 0 %.
 */
export function formatCapaian(
  capaian: number | null | undefined,
  band: string | null | undefined,
  note: string | null | undefined,
): string {
  if (capaian == null) return note ? `Tidak dihitung: ${note}` : 'Tidak dihitung'
  return band ? `${formatNumber(capaian)} % (${band})` : `${formatNumber(capaian)} %`
}
