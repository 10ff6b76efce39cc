import type { Schemas } from '../api/client'
import { ApiError, errorMessage } from '../api/problems'
import { formatMegabytes } from './format'

/**
 * What the API accepts as evidence, told in Bahasa Indonesia from the limits it sends with each
 * submission (SubmissionView.evidenceLimits): the kinds of file, the size of one file and of all of a
 * unit's evidence together.
 */

type EvidenceLimits = Schemas['EvidenceLimits']

const MEDIA_TYPES: Record<string, { name: string; extensions: string[] }> = {
  'application/pdf': { name: 'PDF', extensions: ['.pdf'] },
  'image/png': { name: 'PNG', extensions: ['.png'] },
  'image/jpeg': { name: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { name: 'XLSX', extensions: ['.xlsx'] },
  'text/csv': { name: 'CSV', extensions: ['.csv'] },
}

/** "PDF, PNG, JPEG, XLSX, atau CSV". */
export function evidenceTypeNames(limits: EvidenceLimits): string {
  const names = limits.mediaTypes.map((type) => MEDIA_TYPES[type]?.name ?? type)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} atau ${names[names.length - 1]}`
}

export function evidenceTypesText(limits: EvidenceLimits): string {
  return `Lampirkan berkas ${evidenceTypeNames(limits)}; jenisnya dikenali dari isi berkas, bukan dari namanya.`
}

export function evidenceSizeText(limits: EvidenceLimits): string {
  return (
    `Ukuran paling besar ${formatMegabytes(limits.maxFileBytes)} per berkas dan ` +
    `${formatMegabytes(limits.maxTotalBytes)} untuk seluruh bukti dukung satu unit.`
  )
}

/** The file chooser's `accept`: the extensions and media types accepted. */
export function evidenceAccept(limits: EvidenceLimits): string {
  return [...limits.mediaTypes.flatMap((type) => MEDIA_TYPES[type]?.extensions ?? []), ...limits.mediaTypes].join(',')
}

/** Why a chosen file is refused before it is sent (the API checks again), or null. */
export function evidenceRefusal(file: { name: string; size: number }, limits: EvidenceLimits): string | null {
  if (file.size > limits.maxFileBytes) {
    return `Berkas "${file.name}" (${formatMegabytes(file.size)}) terlalu besar: paling besar ${formatMegabytes(limits.maxFileBytes)} per berkas. Perkecil berkasnya lalu unggah kembali.`
  }
  if (limits.usedBytes + file.size > limits.maxTotalBytes) {
    return (
      `Berkas "${file.name}" melebihi batas ${formatMegabytes(limits.maxTotalBytes)} untuk seluruh bukti dukung unit ini ` +
      `(kini terpakai ${formatMegabytes(limits.usedBytes)}). Hapus bukti dukung yang tidak diperlukan atau perkecil berkasnya.`
    )
  }
  return null
}

/** Why the API refused an evidence file, saying what is accepted. */
export function attachmentErrorMessage(error: unknown, limits: EvidenceLimits): string {
  if (error instanceof ApiError && error.status === 413) {
    return `${evidenceSizeText(limits)} Berkas ini melebihi batas tersebut; perkecil berkasnya lalu unggah kembali.`
  }
  if (error instanceof ApiError && error.status === 415) {
    return `Jenis berkas tidak didukung. ${evidenceTypesText(limits)}`
  }
  return errorMessage(error)
}
