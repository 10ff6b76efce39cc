/**
 * Word-level differences between two texts, for showing what a correction changed inside a long
 * name or sentence: each side split into words and the spaces between them, the longest common
 * sequence kept, the rest marked. Very long texts are compared whole (marked changed as one part).
 */

export interface DiffPart {
  text: string
  changed: boolean
}

export interface WordDiff {
  before: DiffPart[]
  after: DiffPart[]
}

/** Beyond this many words per side the table of the comparison would grow too large. */
const MAX_TOKENS = 400

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t !== '')
}

/** Joins neighbouring parts of the same kind, so a changed phrase is one mark, not one per word. */
function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  for (const part of parts) {
    const last = out[out.length - 1]
    if (last && last.changed === part.changed) last.text += part.text
    else out.push({ ...part })
  }
  return out
}

export function wordDiff(before: string, after: string): WordDiff {
  const a = tokens(before)
  const b = tokens(after)
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return {
      before: before ? [{ text: before, changed: before !== after }] : [],
      after: after ? [{ text: after, changed: before !== after }] : [],
    }
  }
  // lengths of the longest common subsequence of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const left: DiffPart[] = []
  const right: DiffPart[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      left.push({ text: a[i++], changed: false })
      right.push({ text: b[j++], changed: false })
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      right.push({ text: b[j++], changed: true })
    } else {
      left.push({ text: a[i++], changed: true })
    }
  }
  return { before: merged(left), after: merged(right) }
}
