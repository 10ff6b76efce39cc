import type { Schemas } from '../api/client'

export type Role = Schemas['UserView']['roles'][number]
export type Employment = Schemas['UserView']['employment']
export type UnitKind = Schemas['UnitView']['kind']
export type ActingKind = Schemas['ActingAssignmentView']['kind']

/** Role names in Bahasa Indonesia, in the order the SOP introduces them. */
export const ROLE_LABELS: Record<Role, string> = {
  STAF: 'Staf',
  KASUBBAG: 'Kepala Subbagian',
  KASI: 'Kepala Seksi',
  SEKCAM: 'Sekretaris Kecamatan',
  CAMAT: 'Camat',
  ARSIP: 'Pengadministrasi Umum',
  ADMIN: 'Administrator',
  KABUPATEN: 'Petugas Kabupaten',
}
export const ROLES = Object.keys(ROLE_LABELS) as Role[]

export const EMPLOYMENT_LABELS: Record<Employment, string> = {
  PNS: 'PNS',
  PPPK: 'PPPK',
  NON_ASN: 'Non-ASN',
}
export const EMPLOYMENTS = Object.keys(EMPLOYMENT_LABELS) as Employment[]

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  SUBBAG: 'Subbagian',
  SEKSI: 'Seksi',
}
export const UNIT_KINDS = Object.keys(UNIT_KIND_LABELS) as UnitKind[]

/** "Plt." or "Plh.", as written before a position title. */
export const ACTING_LABELS: Record<ActingKind, string> = {
  PLT: 'Plt.',
  PLH: 'Plh.',
}
export const ACTING_KINDS = Object.keys(ACTING_LABELS) as ActingKind[]
