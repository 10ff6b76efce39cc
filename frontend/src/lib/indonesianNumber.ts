import type { Schemas } from '../api/client'

/**
 * Numbers typed the Indonesian way, read without guessing (docs/decisions/013):
 *
 * - The comma is the decimal separator, always: "84,2" is 84.2, "0,5" is 0.5. At most one comma.
 * - A dot followed by exactly three digits groups thousands: "1.234" is 1234, "1.234.567,5" is
 *   1234567.5. With a comma present every dot must group thousands this way ("1.234,5").
 * - Without a comma, a single dot that is not followed by exactly three digits is read as a decimal
 *   point, for numbers pasted from a spreadsheet: "84.2" is 84.2, "91.67" is 91.67.
 * - Anything else is refused with a message, never rounded or read another way: "1,234.5" (English
 *   order), "1.2.3", "12,3,4", letters. Spaces around the number are ignored; a leading "-" is allowed.
 *
 * The field shows the value back in the Indonesian form ("84.2" becomes "84,2" when it loses focus),
 * so what will be stored is what is seen.
 */

export type NumberReading = { value: number | null; error?: undefined } | { value?: undefined; error: string }

export interface NumberRules {
  /** A count ("Jumlah …"): whole numbers only. */
  integer?: boolean
}

const GROUPED = /^\d{1,3}(\.\d{3})+$/
const PLAIN = /^\d+$/

export function parseIndonesianNumber(typed: string, rules: NumberRules = {}): NumberReading {
  const text = typed.replace(/[\s\u00a0]/g, '')
  if (text === '') return { value: null }
  const negative = text.startsWith('-')
  const body = negative ? text.slice(1) : text
  const invalid = {
    error: 'Bukan angka yang dapat dibaca. Tulis seperti 1.234,5: titik untuk ribuan, koma untuk desimal.',
  }
  if (!/^[\d.,]+$/.test(body)) return invalid
  const commas = body.split(',')
  if (commas.length > 2) return invalid
  let whole: string
  let fraction = ''
  if (commas.length === 2) {
    ;[whole, fraction] = commas
    if (!/^\d+$/.test(fraction) || !(PLAIN.test(whole) || GROUPED.test(whole))) return invalid
  } else if (PLAIN.test(body) || GROUPED.test(body)) {
    whole = body
  } else if (/^\d+\.\d+$/.test(body)) {
    // one dot, not grouping thousands: a decimal point
    ;[whole, fraction] = body.split('.')
  } else {
    return invalid
  }
  const value = Number(`${negative ? '-' : ''}${whole.replace(/\./g, '')}${fraction ? `.${fraction}` : ''}`)
  if (!Number.isFinite(value)) return invalid
  if (rules.integer && !Number.isInteger(value)) {
    return { error: 'Indikator ini berupa jumlah: isi dengan bilangan bulat, tanpa desimal.' }
  }
  return { value: Object.is(value, -0) ? 0 : value }
}

const SHOWN = new Intl.NumberFormat('id-ID', { useGrouping: true, maximumFractionDigits: 20 })

/** A value as the field shows it: 1234.5 → "1.234,5"; null → "". */
export function formatNumberInput(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : SHOWN.format(value)
}

type NumericIndicator = Pick<Schemas['SubmissionIndicator'], 'dataType' | 'name'>

/**
 * A count indicator, which takes whole numbers only: a "number" indicator named "Jumlah …" (the
 * API has no integer data type; averages such as "Rata-rata waktu …" stay decimal).
 */
export function isCountIndicator(indicator: NumericIndicator): boolean {
  return indicator.dataType === 'number' && /^jumlah\b/i.test(indicator.name.trim())
}

/** Capaian above this share of the target asks the user to confirm before saving. */
export const IMPLAUSIBLE_CAPAIAN = 2
/** A value this many times last year's asks to confirm too. */
export const IMPLAUSIBLE_GROWTH = 10

export interface PlausibilityInput {
  dataType: Schemas['DataType']
  polarity: Schemas['Polarity']
  target?: number | null
  /** Last year's realisasi, when the page has it. */
  lastYear?: number | null
}

/**
 * Why a value looks like a typing mistake, or null: a higher-is-better indicator above 200 % of its
 * target, or any value more than ten times last year's. Text and yes/no are never questioned.
 */
export function implausibility(value: number | null, indicator: PlausibilityInput): string | null {
  if (value === null || indicator.dataType === 'text' || indicator.dataType === 'yesno') return null
  const { target, lastYear } = indicator
  if (indicator.polarity === 'higher_is_better' && target && target > 0 && value > target * IMPLAUSIBLE_CAPAIAN) {
    return `capaian ${formatNumberInput(Math.round((value / target) * 1000) / 10)} % dari target ${formatNumberInput(target)}`
  }
  if (lastYear && lastYear > 0 && value > lastYear * IMPLAUSIBLE_GROWTH) {
    return `lebih dari ${IMPLAUSIBLE_GROWTH} kali nilai tahun lalu (${formatNumberInput(lastYear)})`
  }
  return null
}
