import type { Schemas } from '../api/client'

/** Names of the form's states, transitions and indicator settings in Bahasa Indonesia. */

export type FormState = Schemas['FormState']
export type FormTransition = Schemas['FormTransition']
export type DataType = Schemas['DataType']
export type Polarity = Schemas['Polarity']
export type Aggregation = Schemas['Aggregation']

export const FORM_STATE_LABELS: Record<FormState, string> = {
  DRAFT: 'Draf',
  IN_CORRECTION: 'Dikoreksi Kasubbag',
  AWAITING_PARAF: 'Menunggu paraf Sekcam',
  AWAITING_SIGNATURE: 'Menunggu tanda tangan Camat',
  SIGNED: 'Ditandatangani',
  NUMBERED: 'Bernomor',
  DISTRIBUTING: 'Didistribusikan',
  DISTRIBUTED: 'Terdistribusi',
  IMPORTED: 'Diimpor (tidak ditandatangani di sistem)',
}

/** A state name from the API (also the free-text states of the timeline); unknown ones as sent. */
export function stateLabel(state: string | null | undefined): string {
  if (!state || state === 'null') return ''
  return FORM_STATE_LABELS[state as FormState] ?? state
}

/** Why a form went back to draft, as the reason an approval was voided. */
export const TRANSITION_CAUSES: Partial<Record<FormTransition, string>> = {
  RETURN_TO_STAF: 'dikembalikan oleh Kasubbag',
  REFUSE_PARAF: 'paraf ditolak',
  REFUSE_SIGNATURE: 'Camat tidak menandatangani',
  WITHDRAW: 'ditarik kembali oleh Staf',
}

export const DATA_TYPE_LABELS: Record<DataType, string> = {
  number: 'Angka',
  percent: 'Persentase',
  index: 'Indeks',
  yesno: 'Ya/Tidak',
  text: 'Teks',
}
export const DATA_TYPES = Object.keys(DATA_TYPE_LABELS) as DataType[]

export const POLARITY_LABELS: Record<Polarity, string> = {
  higher_is_better: 'Makin tinggi makin baik',
  lower_is_better: 'Makin rendah makin baik',
}
export const POLARITIES = Object.keys(POLARITY_LABELS) as Polarity[]

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: 'Jumlah',
  average: 'Rata-rata',
  min: 'Nilai terendah',
  max: 'Nilai tertinggi',
  none: 'Tidak digabung (satu unit)',
}
export const AGGREGATIONS = Object.keys(AGGREGATION_LABELS) as Aggregation[]

/** Names of the content's fields, as the diff and error summaries show them. */
export const FIELD_LABELS: Record<string, string> = {
  perihal: 'Perihal',
  body: 'Isi surat',
  deadline: 'Tenggat',
  addresseeUnitIds: 'Unit tujuan',
  code: 'Kode',
  name: 'Nama',
  satuan: 'Satuan',
  dataType: 'Jenis data',
  polarity: 'Polaritas',
  aggregation: 'Agregasi',
  target: 'Target',
  targetText: 'Target (teks)',
  reportingUnitIds: 'Unit pelapor',
  guidance: 'Petunjuk pengisian',
  evidenceRequired: 'Wajib bukti dukung',
  indicators: 'Indikator',
  sasaran: 'Sasaran',
  reason: 'Alasan',
  classification: 'Kode klasifikasi',
}

/** What each timeline action means. */
export const TIMELINE_ACTION_LABELS: Record<FormTransition, string> = {
  CREATE: 'Membuat formulir',
  IMPORT: 'Mengimpor format tahun lalu',
  EDIT: 'Menyimpan perubahan',
  CORRECT: 'Menyimpan koreksi',
  SUBMIT_FOR_CORRECTION: 'Mengirim ke Kasubbag untuk dikoreksi',
  FORWARD_TO_SEKCAM: 'Meneruskan ke Sekcam untuk diparaf',
  RETURN_TO_STAF: 'Mengembalikan ke Staf',
  PARAF: 'Memberi paraf',
  REFUSE_PARAF: 'Menolak memberi paraf',
  SIGN: 'Menandatangani',
  REFUSE_SIGNATURE: 'Tidak menandatangani',
  WITHDRAW: 'Menarik kembali ke draf',
  NUMBER: 'Memberi nomor surat',
  DISPATCH: 'Mengirim ke unit kerja',
  RECEIVE: 'Mengonfirmasi penerimaan',
  COMPLETE_DISTRIBUTION: 'Distribusi selesai',
}

export const DISPATCH_STATE_LABELS: Record<Schemas['DispatchView']['state'], string> = {
  SENT: 'Terkirim, belum diterima',
  RECEIVED: 'Diterima',
}

export const APPROVAL_KIND_LABELS: Record<Schemas['ApprovalKind'], string> = {
  VALIDATION: 'Validasi',
  PARAF: 'Paraf',
  SIGNATURE: 'Tanda tangan',
}

export const APPROVAL_DECISION_LABELS: Record<Schemas['ApprovalDecision'], string> = {
  APPROVED: 'Disetujui',
  REFUSED: 'Ditolak',
}

/** The first characters of a SHA-256, enough to compare by eye. */
export function shortHash(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 10) : ''
}

/**
 * Unit ids as their names, "Seksi Pemerintahan, Seksi Pelayanan Umum". Before the kecamatan's units
 * have arrived (`names` is null) it says they are loading, rather than flashing "Unit 7, Unit 3";
 * only an id the loaded list does not hold (or a list that could not be loaded) is written as "Unit 7".
 */
export function unitNamesText(ids: number[], names: Map<number, string> | null): string {
  if (ids.length && names === null) return 'memuat nama unit…'
  if (names === null) return ''
  return ids.map((id) => names.get(id) ?? `Unit ${id}`).join(', ')
}
