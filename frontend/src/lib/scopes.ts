import type { Schemas } from '../api/client'

type ApiScope = Schemas['ApiScope']

/** What each OAuth scope lets a kabupaten system read, in Bahasa Indonesia. */
export const SCOPE_LABELS: Record<ApiScope, string> = {
  'forms:read': 'Siklus, formulir, surat, dan dokumen terbit',
  'submissions:read': 'Data kinerja unit dan buktinya',
  'recaps:read': 'Rekap (yang ditandatangani beserta nilai indikatornya)',
  'sla:read': 'Pemantauan SOP dan mutu baku',
  'archive:read': 'Arsip siklus yang selesai',
  'audit:read': 'Jejak audit dan verifikasinya',
  'users:read': 'Pengguna kecamatan dan jabatannya',
  'webhooks:manage': 'Mendaftarkan dan mengelola webhook kabupaten',
}

export const SCOPES = Object.keys(SCOPE_LABELS) as ApiScope[]
