import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LOCAL_DRAFT_MAX_AGE_DAYS, localDraftKey, readLocalDraft, removeLocalDraft, writeLocalDraft } from './localDrafts'

const draft = { values: { 'S2.2': { value: 91.67, text: '', remark: 'Satu desa terlambat.' } }, remarks: '' }
const now = new Date('2026-11-26T02:15:00Z')

describe('local drafts', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => vi.restoreAllMocks())

  it('names the user and the submission in the key, never the session', () => {
    expect(localDraftKey('submission', 4, 2)).toBe('alur.draft.submission.4.2')
  })

  it('keeps a draft with the version it was typed on and the time, until it is removed', () => {
    const key = localDraftKey('submission', 4, 2)

    const base = { ...draft, values: { 'S2.2': { value: 100, text: '', remark: '' } } }
    expect(writeLocalDraft(key, { version: 5, draft, base }, now)).toBe(true)
    expect(readLocalDraft(key, now)).toEqual({ version: 5, savedAt: '2026-11-26T02:15:00.000Z', draft, base })

    removeLocalDraft(key)
    expect(readLocalDraft(key, now)).toBeNull()
  })

  it("never gives one user another user's draft, and removing one leaves the other", () => {
    writeLocalDraft(localDraftKey('submission', 4, 2), { version: 5, draft }, now)
    writeLocalDraft(localDraftKey('submission', 9, 2), { version: 5, draft: { ...draft, remarks: 'milik pengguna lain' } }, now)

    expect(readLocalDraft(localDraftKey('submission', 7, 2), now)).toBeNull()
    removeLocalDraft(localDraftKey('submission', 4, 2))
    expect(readLocalDraft(localDraftKey('submission', 9, 2), now)?.draft).toEqual({ ...draft, remarks: 'milik pengguna lain' })
  })

  it('ignores what it cannot read, and drops drafts older than the maximum age', () => {
    localStorage.setItem(localDraftKey('submission', 4, 1), '{not json')
    localStorage.setItem(localDraftKey('submission', 4, 3), JSON.stringify({ draft }))
    writeLocalDraft(localDraftKey('submission', 9, 2), { version: 5, draft }, now)
    localStorage.setItem('alur.refresh', 'refresh-1')
    const later = new Date(now.getTime() + (LOCAL_DRAFT_MAX_AGE_DAYS + 1) * 86_400_000)

    expect(readLocalDraft(localDraftKey('submission', 4, 1), now)).toBeNull()
    expect(readLocalDraft(localDraftKey('submission', 4, 3), now)).toBeNull()
    expect(readLocalDraft(localDraftKey('submission', 9, 2), now)).not.toBeNull()
    expect(readLocalDraft(localDraftKey('submission', 9, 2), later)).toBeNull()

    expect(localStorage.getItem(localDraftKey('submission', 9, 2))).toBeNull()
    expect(localStorage.getItem(localDraftKey('submission', 4, 1))).toBeNull()
    expect(localStorage.getItem('alur.refresh')).toBe('refresh-1')
  })

  it('does nothing, and says so, when storage is disabled or full', () => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse)
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse)
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(refuse)
    vi.spyOn(Storage.prototype, 'key').mockImplementation(refuse)
    const key = localDraftKey('submission', 4, 2)

    expect(writeLocalDraft(key, { version: 5, draft }, now)).toBe(false)
    expect(readLocalDraft(key, now)).toBeNull()
    expect(() => removeLocalDraft(key)).not.toThrow()
  })
})
