import { describe, expect, it } from 'vitest'
import { unitNamesText } from './formLabels'

describe('unitNamesText', () => {
  const names = new Map([
    [3, 'Seksi Pemerintahan'],
    [7, 'Seksi Pelayanan Umum'],
  ])

  it('names the units once they have arrived', () => {
    expect(unitNamesText([7, 3], names)).toBe('Seksi Pelayanan Umum, Seksi Pemerintahan')
  })

  it('says the names are loading instead of flashing "Unit 7, Unit 3"', () => {
    expect(unitNamesText([7, 3], null)).toBe('memuat nama unit…')
    expect(unitNamesText([], null)).toBe('')
  })

  it('falls back to numbers only once the list is known (or could not be loaded)', () => {
    expect(unitNamesText([7, 3], new Map())).toBe('Unit 7, Unit 3')
  })

  it('writes an id the loaded list does not hold as "Unit n"', () => {
    expect(unitNamesText([9], names)).toBe('Unit 9')
  })
})
