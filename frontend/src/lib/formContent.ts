import type { Schemas } from '../api/client'
import { FIELD_LABELS } from './formLabels'

/** Editing a form's content in the browser: copies, new parts, reordering, and where errors belong. */

export type FormContent = Schemas['FormContent']
export type Sasaran = Schemas['Sasaran']
export type Indicator = Schemas['Indicator']
export type UnitId = Schemas['UnitView']['id']

/** A deep copy to edit, so that the form as loaded stays as it was. */
export function copyContent(content: FormContent): FormContent {
  return JSON.parse(JSON.stringify(content)) as FormContent
}

function blankToUndefined(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value
}

/**
 * The content as it is sent: a text indicator has no numeric target, an empty optional text is left
 * out, and a missing number is absent rather than null.
 */
export function contentForSave(content: FormContent): FormContent {
  return {
    letter: {
      perihal: content.letter.perihal,
      body: content.letter.body ?? '',
      deadline: blankToUndefined(content.letter.deadline),
      addresseeUnitIds: [...content.letter.addresseeUnitIds],
    },
    sasaran: content.sasaran.map((sasaran) => ({
      code: sasaran.code,
      name: sasaran.name,
      indicators: sasaran.indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        satuan: indicator.satuan,
        dataType: indicator.dataType,
        polarity: indicator.polarity,
        aggregation: indicator.aggregation,
        target:
          indicator.dataType === 'text' || indicator.target === null || indicator.target === undefined
            ? undefined
            : Number(indicator.target),
        targetText: blankToUndefined(indicator.targetText),
        reportingUnitIds: [...indicator.reportingUnitIds],
        guidance: blankToUndefined(indicator.guidance),
        evidenceRequired: indicator.evidenceRequired ?? undefined,
      })),
    })),
  }
}

/** Whether two contents say the same once prepared for sending. */
export function sameContent(a: FormContent, b: FormContent): boolean {
  return JSON.stringify(contentForSave(a)) === JSON.stringify(contentForSave(b))
}

export function newSasaran(existing: Sasaran[]): Sasaran {
  const codes = new Set(existing.map((s) => s.code))
  let n = existing.length + 1
  while (codes.has(`S${n}`)) n++
  return { code: `S${n}`, name: '', indicators: [] }
}

export function newIndicator(sasaran: Sasaran): Indicator {
  const codes = new Set(sasaran.indicators.map((i) => i.code))
  let n = sasaran.indicators.length + 1
  while (codes.has(`${sasaran.code}.${n}`)) n++
  return {
    code: `${sasaran.code}.${n}`,
    name: '',
    satuan: '',
    dataType: 'number',
    polarity: 'higher_is_better',
    aggregation: 'sum',
    target: undefined,
    targetText: undefined,
    reportingUnitIds: [],
    guidance: undefined,
    evidenceRequired: false,
  }
}

/** Moves the item at `index` one place up (-1) or down (+1); returns false at either end. */
export function move<T>(list: T[], index: number, direction: -1 | 1): boolean {
  const to = index + direction
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return false
  const [item] = list.splice(index, 1)
  list.splice(to, 0, item)
  return true
}

const keys = new WeakMap<object, number>()
let nextKey = 1

/** A stable key for a part being edited, kept while it moves in its list. */
export function keyOf(part: object): number {
  let key = keys.get(part)
  if (key === undefined) {
    key = nextKey++
    keys.set(part, key)
  }
  return key
}

/** Path prefixes of the parts of a form, as the API writes them in errors[].field. */
export const sasaranPath = (s: number) => `sasaran[${s}]`
export const indicatorPath = (s: number, i: number) => `sasaran[${s}].indicators[${i}]`

/**
 * The errors of one part: from errors keyed by whole path, those directly under `prefix`, keyed by
 * the field name. `errorsUnder(e, 'sasaran[0].indicators[2]')` turns
 * "sasaran[0].indicators[2].target" into "target"; deeper paths belong to other parts.
 */
export function errorsUnder(errors: Record<string, string>, prefix: string): Record<string, string> {
  const result: Record<string, string> = {}
  const start = `${prefix}.`
  for (const [path, message] of Object.entries(errors)) {
    if (!path.startsWith(start)) continue
    const rest = path.slice(start.length)
    if (/^[A-Za-z]+$/.test(rest)) result[rest] = message
  }
  return result
}

/** Where an error is, in words: "Surat — Tenggat", "Indikator S1.2 — Target", "Sasaran S3". */
export function describePath(path: string, content: FormContent | null): string {
  const field = (name: string | undefined) => (name ? FIELD_LABELS[name] ?? name : '')
  let match = /^letter\.(\w+)/.exec(path)
  if (match) return `Surat — ${field(match[1])}`
  match = /^sasaran\[(\d+)\]\.indicators\[(\d+)\](?:\.(\w+))?/.exec(path)
  if (match) {
    const code = content?.sasaran[Number(match[1])]?.indicators[Number(match[2])]?.code
    const name = code ? `Indikator ${code}` : `Indikator ke-${Number(match[2]) + 1} sasaran ke-${Number(match[1]) + 1}`
    return match[3] ? `${name} — ${field(match[3])}` : name
  }
  match = /^sasaran\[(\d+)\](?:\.(\w+))?/.exec(path)
  if (match) {
    const code = content?.sasaran[Number(match[1])]?.code
    const name = code ? `Sasaran ${code}` : `Sasaran ke-${Number(match[1]) + 1}`
    return match[2] ? `${name} — ${field(match[2])}` : name
  }
  return field(path) || path
}
