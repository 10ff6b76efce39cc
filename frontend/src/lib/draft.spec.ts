import { describe, expect, it } from 'vitest'
import { mergeDraft } from './draft'

describe('mergeDraft', () => {
  const base = { letter: { perihal: 'Permohonan', body: 'Lama', deadline: '2027-01-15' }, sasaran: [{ code: 'S1', target: 80 }] }

  it('keeps what the user changed and takes what someone else changed elsewhere', () => {
    const mine = { ...base, letter: { ...base.letter, body: 'Baru' } }
    const theirs = { ...base, letter: { ...base.letter, perihal: 'Diubah orang lain' }, sasaran: [{ code: 'S1', target: 85 }] }

    expect(mergeDraft(base, mine, theirs)).toEqual({
      letter: { perihal: 'Diubah orang lain', body: 'Baru', deadline: '2027-01-15' },
      sasaran: [{ code: 'S1', target: 85 }],
    })
  })

  it('lets the user’s typing win where both changed the same value', () => {
    const mine = { ...base, sasaran: [{ code: 'S1', target: 90 }] }
    const theirs = { ...base, sasaran: [{ code: 'S1', target: 85 }] }
    expect(mergeDraft(base, mine, theirs).sasaran).toEqual([{ code: 'S1', target: 90 }])
  })

  it('takes the newer document whole when the user changed nothing', () => {
    const theirs = { ...base, sasaran: [...base.sasaran, { code: 'S2', target: 70 }] }
    expect(mergeDraft(base, structuredClone(base), theirs)).toEqual(theirs)
  })

  it('keeps a list the user changed whole when someone else changed its length', () => {
    const mine = { ...base, sasaran: [{ code: 'S1', target: 80 }, { code: 'S9', target: 1 }] }
    const theirs = { ...base, sasaran: [] }
    expect(mergeDraft(base, mine, theirs).sasaran).toEqual(mine.sasaran)
  })

  it('drops an optional value the other removed and the user left alone', () => {
    const theirs = { ...base, letter: { perihal: 'Permohonan', body: 'Lama' } }
    expect(mergeDraft(base, structuredClone(base), theirs).letter).toEqual({ perihal: 'Permohonan', body: 'Lama' })
  })
})
