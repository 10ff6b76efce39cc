import type { Schemas } from '../api/client'
import type { Employment, Role } from './labels'

type UserView = Schemas['UserView']
type UnitId = Schemas['UnitView']['id']

/** What the admin edits about a person, as the form holds it (empty strings for "none"). */
export interface UserProfileForm {
  fullName: string
  employment: Employment
  nip: string
  jabatan: string
  pangkatGolongan: string
  unitId: UnitId | null
  roles: Role[]
}

export function emptyProfile(): UserProfileForm {
  return { fullName: '', employment: 'PNS', nip: '', jabatan: '', pangkatGolongan: '', unitId: null, roles: [] }
}

export function profileOf(user: UserView): UserProfileForm {
  return {
    fullName: user.fullName,
    employment: user.employment,
    nip: user.nip ?? '',
    jabatan: user.jabatan,
    pangkatGolongan: user.pangkatGolongan ?? '',
    unitId: user.unitId ?? null,
    roles: [...user.roles],
  }
}

/** The request fields of a profile: blanks are left out (the API reads an absent field as none). */
export function profileBody(form: UserProfileForm) {
  return {
    fullName: form.fullName.trim(),
    employment: form.employment,
    nip: form.nip.replace(/\s+/g, '') || undefined,
    jabatan: form.jabatan.trim(),
    pangkatGolongan: form.pangkatGolongan.trim() || undefined,
    unitId: form.unitId ?? undefined,
    roles: [...form.roles],
  }
}

/** Options for a unit select, starting with "no unit". */
export function unitOptions(units: Schemas['UnitView'][]): { value: UnitId | null; label: string }[] {
  return [
    { value: null, label: '— Tanpa unit —' },
    ...units.filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: unit.name })),
  ]
}
