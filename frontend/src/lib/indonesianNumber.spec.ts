import { describe, expect, it } from 'vitest'
import { formatNumberInput, implausibility, isCountIndicator, parseIndonesianNumber } from './indonesianNumber'

describe('parseIndonesianNumber', () => {
  it.each([
    ['84,2', 84.2],
    ['1.234,5', 1234.5],
    ['1.234.567,25', 1234567.25],
    ['1.234', 1234],
    ['12', 12],
    ['0.5', 0.5],
    ['1.2345', 1.2345],
    [' 91,67 ', 91.67],
    ['-3,5', -3.5],
    // plain decimal point, as pasted from a spreadsheet: a dot not followed by exactly three digits
    ['84.2', 84.2],
    ['91.67', 91.67],
    ['0.5', 0.5],
    ['1.2345', 1.2345],
  ])('reads %s as %d', (typed, value) => {
    expect(parseIndonesianNumber(typed)).toEqual({ value })
  })

  it('reads an empty field as no value', () => {
    expect(parseIndonesianNumber('  ')).toEqual({ value: null })
  })

  it.each(['1,234.5', '1.2.3', '12,3,4', '12.34,5', 'abc', '12a', ',', '84,', '1..2'])(
    'refuses %s with a message instead of guessing',
    (typed) => {
      const reading = parseIndonesianNumber(typed)
      expect(reading.value).toBeUndefined()
      expect(reading.error).toMatch(/titik untuk ribuan, koma untuk desimal/)
    },
  )

  it('refuses decimals for a count, but takes whole numbers written with a grouping dot', () => {
    expect(parseIndonesianNumber('11,5', { integer: true }).error).toBe(
      'Indikator ini berupa jumlah: isi dengan bilangan bulat, tanpa desimal.',
    )
    expect(parseIndonesianNumber('11.5', { integer: true }).error).toMatch(/bilangan bulat/)
    expect(parseIndonesianNumber('1.200', { integer: true })).toEqual({ value: 1200 })
    expect(parseIndonesianNumber('12', { integer: true })).toEqual({ value: 12 })
  })
})

describe('formatNumberInput', () => {
  it('writes the value back the Indonesian way, without rounding', () => {
    expect(formatNumberInput(1234.5)).toBe('1.234,5')
    expect(formatNumberInput(84.2)).toBe('84,2')
    expect(formatNumberInput(0.123456)).toBe('0,123456')
    expect(formatNumberInput(null)).toBe('')
  })

  it('reads back what it writes', () => {
    for (const value of [84.2, 1234.5, 1000000, 0.05, 91.67]) {
      expect(parseIndonesianNumber(formatNumberInput(value))).toEqual({ value })
    }
  })
})

describe('isCountIndicator', () => {
  it('takes a "Jumlah …" number indicator for a count, not an average or a percentage', () => {
    expect(isCountIndicator({ dataType: 'number', name: 'Jumlah desa yang dibina' })).toBe(true)
    expect(isCountIndicator({ dataType: 'number', name: 'Rata-rata waktu penyelesaian pengaduan' })).toBe(false)
    expect(isCountIndicator({ dataType: 'percent', name: 'Jumlah persentase' })).toBe(false)
  })
})

describe('implausibility', () => {
  const percent = { dataType: 'percent', polarity: 'higher_is_better', target: 100 } as const

  it('questions a capaian over 200 % of a higher-is-better target', () => {
    expect(implausibility(842, percent)).toBe('capaian 842 % dari target 100')
    expect(implausibility(200, percent)).toBeNull()
    expect(implausibility(84.2, percent)).toBeNull()
  })

  it('questions a value over ten times last year\'s', () => {
    expect(implausibility(120, { dataType: 'number', polarity: 'lower_is_better', target: 10, lastYear: 11 })).toBe(
      'lebih dari 10 kali nilai tahun lalu (11)',
    )
    expect(implausibility(100, { dataType: 'number', polarity: 'lower_is_better', target: 10, lastYear: 11 })).toBeNull()
  })

  it('never questions yes/no or text, nor an empty value', () => {
    expect(implausibility(1, { dataType: 'yesno', polarity: 'higher_is_better', target: 0 })).toBeNull()
    expect(implausibility(null, percent)).toBeNull()
  })
})
