import type { Schemas } from '../api/client'
import { mergeDraft } from './draft'

/** A unit's data as it is being typed (step 7), and how it becomes the save request. */

type SubmissionView = Schemas['SubmissionView']
type SubmissionIndicator = Schemas['SubmissionIndicator']

/** What the unit enters for one indicator. */
export interface IndicatorDraft {
  value: number | null
  text: string
  remark: string
}

export interface SubmissionDraft {
  /** By indicator code. */
  values: Record<string, IndicatorDraft>
  remarks: string
}

export function indicatorDraft(indicator: SubmissionIndicator): IndicatorDraft {
  return { value: indicator.value ?? null, text: indicator.text ?? '', remark: indicator.remark ?? '' }
}

/** The stored data, to edit. */
export function submissionDraft(view: SubmissionView): SubmissionDraft {
  return {
    values: Object.fromEntries(view.indicators.map((i) => [i.code, indicatorDraft(i)])),
    remarks: view.remarks ?? '',
  }
}

function isIndicatorDraft(value: unknown): value is IndicatorDraft {
  if (typeof value !== 'object' || value === null) return false
  const { value: number, text, remark } = value as Record<string, unknown>
  return (number === null || (typeof number === 'number' && Number.isFinite(number))) && typeof text === 'string' && typeof remark === 'string'
}

/**
 * A draft kept earlier (on this device) brought back onto the stored data: only for indicators the
 * submission still has, and only what has the shape of a draft. With the data it was typed over
 * (`base`), only what the user changed is carried over (lib/draft mergeDraft), so that values
 * saved by someone else since are not put back to what they were.
 */
export function restoredDraft(view: SubmissionView, kept: unknown, base?: unknown): SubmissionDraft {
  const mine = laidOver(view, kept)
  return base === undefined ? mine : mergeDraft(laidOver(view, base), mine, submissionDraft(view))
}

/** `kept` over the stored data, where it has the shape of a draft. */
function laidOver(view: SubmissionView, kept: unknown): SubmissionDraft {
  const draft = submissionDraft(view)
  if (typeof kept !== 'object' || kept === null) return draft
  const { values, remarks } = kept as Record<string, unknown>
  if (typeof values === 'object' && values !== null) {
    for (const code of Object.keys(draft.values)) {
      const typed = (values as Record<string, unknown>)[code]
      if (Object.hasOwn(values, code) && isIndicatorDraft(typed)) {
        draft.values[code] = { value: typed.value, text: typed.text, remark: typed.remark }
      }
    }
  }
  if (typeof remarks === 'string') draft.remarks = remarks
  return draft
}

/** Whether what is typed for an indicator differs from what is stored. */
export function indicatorChanged(indicator: SubmissionIndicator, draft: IndicatorDraft | undefined): boolean {
  if (!draft) return false
  const saved = indicatorDraft(indicator)
  const sameValue =
    draft.value === null || saved.value === null ? draft.value === saved.value : Number(draft.value) === Number(saved.value)
  return !sameValue || draft.text.trim() !== saved.text.trim() || draft.remark.trim() !== saved.remark.trim()
}

export function submissionChanged(view: SubmissionView, draft: SubmissionDraft): boolean {
  return (
    view.indicators.some((i) => indicatorChanged(i, draft.values[i.code])) ||
    draft.remarks.trim() !== (view.remarks ?? '').trim()
  )
}

/** The save request: every indicator in the order of the view, numbers as numbers, text as text. */
export function submissionSaveRequest(view: SubmissionView, draft: SubmissionDraft): Schemas['SubmissionSaveRequest'] {
  return {
    remarks: draft.remarks.trim(),
    values: view.indicators.map((indicator) => {
      const typed = draft.values[indicator.code] ?? indicatorDraft(indicator)
      const remark = typed.remark.trim()
      const value =
        indicator.dataType === 'text'
          ? typed.text.trim()
            ? { text: typed.text.trim() }
            : {}
          : typed.value !== null
            ? { value: Number(typed.value) }
            : {}
      return { indicatorCode: indicator.code, ...value, ...(remark ? { remark } : {}) }
    }),
  }
}

/**
 * Errors the API gave by path, keyed as the editor shows them: "values[i].value" belongs to the i-th
 * indicator of the request (the view's order), "values[i].remark" to its remark; others stay.
 */
export function errorsByIndicator(errors: Record<string, string>, view: SubmissionView): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [path, text] of Object.entries(errors)) {
    const match = /^values\[(\d+)\]\.(\w+)$/.exec(path)
    const code = match ? view.indicators[Number(match[1])]?.code : undefined
    result[code ? (match![2] === 'remark' ? `${code}.remark` : code) : path] = text
  }
  return result
}

/** The indicators grouped by their sasaran, in the order they come. */
export function bySasaran(indicators: SubmissionIndicator[]) {
  const groups = new Map<string, { code: string; name: string; indicators: SubmissionIndicator[] }>()
  for (const indicator of indicators) {
    const group = groups.get(indicator.sasaranCode) ?? { code: indicator.sasaranCode, name: indicator.sasaranName, indicators: [] }
    group.indicators.push(indicator)
    groups.set(indicator.sasaranCode, group)
  }
  return [...groups.values()]
}
