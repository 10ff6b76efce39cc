/**
 * What a user typed but has not saved yet, kept in this browser's localStorage so that a lost
 * connection, an expired session or a closed tab does not lose it (docs/decisions/015-local-drafts.md).
 * One entry per user and document: the key names the user id, never the session, so that signing in
 * again finds it. Storage may be disabled or full: every call then quietly does nothing.
 */

/** A draft kept on this device: the document version it was typed on, when, and the draft itself. */
export interface LocalDraft {
  version: number
  /** ISO date-time of the last change. */
  savedAt: string
  /** As it was stored: the caller checks its shape before using it. */
  draft: unknown
}

const PREFIX = 'alur.draft.'
/** Drafts older than this are dropped, whoever typed them: by then the data has surely moved on. */
export const LOCAL_DRAFT_MAX_AGE_DAYS = 30

/** "alur.draft.submission.4.2": the draft of user 4 on submission 2. */
export function localDraftKey(kind: 'submission', userId: number, documentId: number): string {
  return `${PREFIX}${kind}.${userId}.${documentId}`
}

function safely<T>(action: () => T): T | null {
  try {
    return action()
  } catch {
    return null // storage disabled or full: the draft then lives only in the page
  }
}

function parse(text: string | null): LocalDraft | null {
  if (!text) return null
  const value = safely(() => JSON.parse(text) as Partial<LocalDraft>)
  if (!value || typeof value !== 'object') return null
  const { version, savedAt, draft } = value
  if (typeof version !== 'number' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null
  return { version, savedAt, draft }
}

function expired(entry: LocalDraft | null, now: Date): boolean {
  return !entry || now.getTime() - Date.parse(entry.savedAt) > LOCAL_DRAFT_MAX_AGE_DAYS * 86_400_000
}

/** Drops unreadable drafts and those older than the maximum age, of every user. */
function prune(now: Date) {
  safely(() => {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
    for (const key of keys) {
      if (key?.startsWith(PREFIX) && expired(parse(localStorage.getItem(key)), now)) localStorage.removeItem(key)
    }
  })
}

/** The draft kept under `key`, or null (none, unreadable, too old, or no storage). */
export function readLocalDraft(key: string, now: Date = new Date()): LocalDraft | null {
  prune(now)
  return parse(safely(() => localStorage.getItem(key)))
}

/** Keeps `draft`, typed on `version`; false when it could not be kept (no storage, or full). */
export function writeLocalDraft(key: string, version: number, draft: unknown, now: Date = new Date()): boolean {
  const entry: LocalDraft = { version, savedAt: now.toISOString(), draft }
  try {
    localStorage.setItem(key, JSON.stringify(entry))
    return true
  } catch {
    return false
  }
}

export function removeLocalDraft(key: string): void {
  safely(() => localStorage.removeItem(key))
}
