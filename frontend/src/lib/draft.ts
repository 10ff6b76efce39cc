/**
 * Keeping what a user typed when the document under it was reloaded (someone else saved, the state
 * moved on): a three-way merge of plain JSON data. What the user changed stays; what they left alone
 * takes the newer stored value; where both changed the same value, the user's typing wins (the page
 * tells them to check before saving again).
 */

type Json = unknown

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether two pieces of JSON data are the same (undefined and a missing key alike). */
export function sameData(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** `mine` (the draft, started from `base`) carried over onto `theirs` (the reloaded document). */
export function mergeDraft<T>(base: T, mine: T, theirs: T): T {
  if (sameData(mine, base) || sameData(mine, theirs)) return copy(theirs)
  if (sameData(theirs, base)) return mine
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const merged: Record<string, Json> = {}
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = mergeDraft(base[key], mine[key], theirs[key])
      if (value !== undefined) merged[key] = value
    }
    return merged as T
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs) && base.length === mine.length && mine.length === theirs.length) {
    return mine.map((item, index) => mergeDraft(base[index], item, theirs[index])) as T
  }
  return mine
}
