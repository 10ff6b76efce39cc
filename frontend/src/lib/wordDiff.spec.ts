import { describe, expect, it } from 'vitest'
import { wordDiff } from './wordDiff'

const marked = (parts: { text: string; changed: boolean }[]) => parts.filter((p) => p.changed).map((p) => p.text.trim())

describe('wordDiff', () => {
  it('marks only the words a correction changed', () => {
    const diff = wordDiff('Persentase desa dengan APBDes tepat waktu', 'Persentase desa yang menetapkan APBDes tepat waktu')
    expect(marked(diff.before)).toEqual(['dengan'])
    expect(marked(diff.after)).toEqual(['yang menetapkan'])
    expect(diff.after.map((p) => p.text).join('')).toBe('Persentase desa yang menetapkan APBDes tepat waktu')
    expect(diff.before.map((p) => p.text).join('')).toBe('Persentase desa dengan APBDes tepat waktu')
  })

  it('marks nothing when the texts are the same, everything when nothing is shared', () => {
    expect(marked(wordDiff('Seksi Ketenteraman', 'Seksi Ketenteraman').after)).toEqual([])
    expect(marked(wordDiff('80', '85').before)).toEqual(['80'])
    expect(marked(wordDiff('80', '85').after)).toEqual(['85'])
    expect(wordDiff('', 'baru').after).toEqual([{ text: 'baru', changed: true }])
    expect(wordDiff('', 'baru').before).toEqual([])
  })

  it('compares very long texts whole', () => {
    const long = Array.from({ length: 500 }, (_, i) => `kata${i}`).join(' ')
    const diff = wordDiff(long, `${long} lagi`)
    expect(diff.after).toEqual([{ text: `${long} lagi`, changed: true }])
  })
})
