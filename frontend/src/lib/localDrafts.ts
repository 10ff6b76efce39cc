/**
 * What a user typed but has not saved yet, kept in this browser's localStorage so that a lost
 * connection, an expired session or a closed tab does not lose it (docs/decisions/015-local-drafts.md).
 * One entry per user and document: the key names the user id, never the session, so that signing in
 * again finds it. Storage may be disabled or full: every call then quietly does nothing.
 */

/**
 * A draft kept on this device: the document version it was typed on, when, the draft itself and the
 * stored data it was typed over (to carry only the user's changes onto newer data).
 */
export interface LocalDraft {
  version: number
  /** ISO date-time of the last change. */
  savedAt: string
  /** As it was stored, like `base`: the caller checks its shape before using it. */
  draft: unknown
  base?: unknown
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
  const { version, savedAt, draft, base } = value
  if (typeof version !== 'number' || typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null
  return { version, savedAt, draft, base }
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

/** Keeps a draft, stamped with the time; false when it could not be kept (no storage, or full). */
export function writeLocalDraft(key: string, entry: Omit<LocalDraft, 'savedAt'>, now: Date = new Date()): boolean {
  try {
    localStorage.setItem(key, JSON.stringify({ ...entry, savedAt: now.toISOString() }))
    return true
  } catch {
    return false
  }
}

export function removeLocalDraft(key: string): void {
  safely(() => localStorage.removeItem(key))
}
