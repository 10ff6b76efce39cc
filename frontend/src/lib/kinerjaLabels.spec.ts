import { describe, expect, it } from 'vitest'
import { formatCapaian, formatRealisasi, formatTarget, submissionStateLabel } from './kinerjaLabels'

describe('kinerjaLabels', () => {
  it('says a returned submission with how many times it came back', () => {
    expect(submissionStateLabel('RETURNED', 2)).toBe('Dikembalikan 2 kali')
    expect(submissionStateLabel('NOT_SUBMITTED')).toBe('Tidak menyampaikan')
    expect(submissionStateLabel('NOT_STARTED')).toBe('Belum mulai')
    expect(submissionStateLabel('VERIFIED')).toBe('Terverifikasi')
  })

  it('writes targets and realisasi as Indonesian reports do', () => {
    expect(formatTarget({ dataType: 'percent', satuan: '%', target: 82.5 })).toBe('82,5 %')
    expect(formatTarget({ dataType: 'number', satuan: 'desa', target: 1234 })).toBe('1.234 desa')
    expect(formatTarget({ dataType: 'yesno', satuan: 'ada/tidak', target: 1 })).toBe('Ya/Ada')
    expect(formatTarget({ dataType: 'text', satuan: '-', targetText: 'Tersusun' })).toBe('Tersusun')
    expect(formatRealisasi('yesno', 0, null)).toBe('Tidak')
    expect(formatRealisasi('percent', null, null, '%')).toBe('')
  })

  it('shows why there is no capaian instead of 0 %', () => {
    expect(formatCapaian(91.67, 'sangat tinggi', null)).toBe('91,67 % (sangat tinggi)')
    expect(formatCapaian(0, 'sangat rendah', null)).toBe('0 % (sangat rendah)')
    expect(formatCapaian(null, null, 'target nol: capaian tidak dapat dihitung')).toBe(
      'Tidak dihitung: target nol: capaian tidak dapat dihitung',
    )
    expect(formatCapaian(undefined, undefined, undefined)).toBe('Tidak dihitung')
  })
})
