import type { Schemas } from '../api/client'
import type { TimelineEntry } from '../api/documents'

/**
 * What an official reads before approving a version (validation, paraf or signature): who prepared
 * it, who corrected or validated it and who initialled it, and from which version to compare it —
 * the one they last decided on, else last year's.
 */

type Approval = Schemas['ApprovalView']
export type ReviewKind = 'form' | 'recap'
export type ReviewTransition = 'VALIDATE' | 'PARAF' | 'SIGN'

export interface TrailStep {
  /** "Disiapkan", "Dikoreksi", "Divalidasi", "Diparaf". */
  label: string
  name: string
  capacity?: string
  at: string
}

/** Who made the content, by the transitions of each kind that write it. */
const PREPARED: Record<ReviewKind, string[]> = {
  form: ['CREATE', 'IMPORT', 'EDIT'],
  recap: ['CREATE', 'CREATE_RALAT', 'ENTER', 'CORRECT_VALUES'],
}
/** Who corrected the form (step 2): the Kasubbag's saves and forwarding. */
const CORRECTED = ['CORRECT', 'FORWARD_TO_SEKCAM']

function last(entries: TimelineEntry[], actions: string[]): TimelineEntry | undefined {
  return [...entries].reverse().find((e) => actions.includes(e.action))
}

function fromEntry(label: string, entry: TimelineEntry | undefined): TrailStep[] {
  return entry ? [{ label, name: entry.actorName ?? 'Sistem', capacity: entry.actingFor ?? entry.capacity ?? undefined, at: entry.at }] : []
}

function fromApproval(label: string, approvals: Approval[], kind: Approval['kind'], version: number): TrailStep[] {
  const standing = approvals.filter((a) => a.kind === kind && a.decision === 'APPROVED' && !a.voidedAt && a.documentVersion === version)
  return standing.map((a) => ({ label, name: a.officialName, capacity: a.capacityTitle, at: a.at }))
}

/** The hands the version went through, in the order of the SOP. */
export function approvalTrail(kind: ReviewKind, timeline: TimelineEntry[], approvals: Approval[], version: number): TrailStep[] {
  return [
    ...fromEntry('Disiapkan', last(timeline, PREPARED[kind])),
    ...(kind === 'form' ? fromEntry('Dikoreksi', last(timeline, CORRECTED)) : []),
    ...fromApproval('Divalidasi', approvals, 'VALIDATION', version),
    ...fromApproval('Diparaf', approvals, 'PARAF', version),
  ]
}

/** The latest earlier version this official decided on (approved or refused), if any. */
export function lastDecidedVersion(approvals: Approval[], userId: number | undefined, current: number): number | null {
  if (userId === undefined) return null
  const earlier = approvals.filter((a) => a.officialUserId === userId && a.documentVersion < current).map((a) => a.documentVersion)
  return earlier.length ? Math.max(...earlier) : null
}

export const REVIEW_WORDS: Record<ReviewTransition, { title: string; confirm: (version: number) => string }> = {
  VALIDATE: { title: 'Tinjau sebelum memvalidasi', confirm: (v) => `Validasi versi ${v}` },
  PARAF: { title: 'Tinjau sebelum memaraf', confirm: (v) => `Beri paraf pada versi ${v}` },
  SIGN: { title: 'Tinjau sebelum menandatangani', confirm: (v) => `Tanda tangani versi ${v}` },
}

/** This official's own refusal of the very version shown (content unchanged since), if any. */
export function refusedThisVersion(approvals: Approval[], userId: number | undefined, current: number): Approval | null {
  if (userId === undefined) return null
  const refused = approvals.filter((a) => a.officialUserId === userId && a.documentVersion === current && a.decision === 'REFUSED')
  return refused.length ? refused[refused.length - 1] : null
}
