import { describe, expect, it } from 'vitest'
import { restoredDraft, submissionDraft } from './submissionDraft'
import { demoSubmission } from '../testing/demoKinerja'

describe('restoredDraft', () => {
  const view = demoSubmission()

  it('lays a kept draft over the stored data, only for indicators the submission still has', () => {
    const kept = {
      values: {
        'S2.2': { value: 91.67, text: '', remark: 'Satu desa terlambat.' },
        'S9.9': { value: 1, text: '', remark: '' },
      },
      remarks: 'Data per 31 Desember.',
    }

    const draft = restoredDraft(view, kept)

    expect(draft.values['S2.2']).toEqual({ value: 91.67, text: '', remark: 'Satu desa terlambat.' })
    expect(draft.values['S2.1']).toEqual(submissionDraft(view).values['S2.1'])
    expect(Object.keys(draft.values)).toEqual(view.indicators.map((i) => i.code))
    expect(draft.remarks).toBe('Data per 31 Desember.')
  })

  it('keeps the stored data where the kept draft is not a draft', () => {
    const kept = { values: { 'S2.2': { value: '91', text: '', remark: '' }, 'S2.3': null, toString: 'x' }, remarks: 7 }

    expect(restoredDraft(view, kept)).toEqual(submissionDraft(view))
    expect(restoredDraft(view, 'rusak')).toEqual(submissionDraft(view))
  })

  it('carries over only what the user changed when it knows what the draft was typed over', () => {
    const typedOver = submissionDraft(view)
    const kept = { ...typedOver, values: { ...typedOver.values, 'S2.2': { value: 91.67, text: '', remark: '' } } }
    const newer = demoSubmission({ version: 6, indicators: view.indicators.map((i) => (i.code === 'S2.1' ? { ...i, value: 90 } : i)) })

    const draft = restoredDraft(newer, kept, typedOver)

    expect(draft.values['S2.1'].value).toBe(90)
    expect(draft.values['S2.2'].value).toBe(91.67)
    // without it, the whole draft is laid over: the newer S2.1 goes back to what it was
    expect(restoredDraft(newer, kept).values['S2.1'].value).toBe(100)
  })
})
