import { describe, expect, it } from 'vitest'
import { contentForSave, describePath, errorsUnder, move, newIndicator, newSasaran, sameContent } from './formContent'
import { formatActor, formatDateTime, formatDuration, formatMegabytes } from './format'
import { demoContent } from '../testing/demoForm'

describe('errorsUnder', () => {
  const errors = {
    'sasaran[0].code': 'a',
    'sasaran[0].indicators[2].target': 'b',
    'sasaran[0].indicators[2].reportingUnitIds': 'c',
    'sasaran[0].indicators[12].target': 'd',
    'sasaran[10].name': 'e',
    'letter.deadline': 'f',
  }

  it('keeps the errors directly under a part, keyed by field name', () => {
    expect(errorsUnder(errors, 'sasaran[0].indicators[2]')).toEqual({ target: 'b', reportingUnitIds: 'c' })
    expect(errorsUnder(errors, 'sasaran[0]')).toEqual({ code: 'a' })
    expect(errorsUnder(errors, 'sasaran[1]')).toEqual({})
    expect(errorsUnder(errors, 'letter')).toEqual({ deadline: 'f' })
  })
})

describe('describePath', () => {
  it('names where an error is, by code when the part still exists', () => {
    const content = demoContent()
    expect(describePath('letter.body', content)).toBe('Surat — Isi surat')
    expect(describePath('sasaran[0].indicators[1].target', content)).toBe('Indikator S1.2 — Target')
    expect(describePath('sasaran[1].code', content)).toBe('Sasaran S2 — Kode')
    expect(describePath('sasaran[5].indicators[0].name', content)).toBe('Indikator ke-1 sasaran ke-6 — Nama')
    expect(describePath('sasaran', content)).toBe('Sasaran')
  })
})

describe('contentForSave', () => {
  it('leaves out empty optional texts and the number of a text indicator', () => {
    const content = demoContent()
    content.letter.deadline = ''
    content.sasaran[0].indicators[0] = { ...content.sasaran[0].indicators[0], dataType: 'text', targetText: 'Ada', guidance: '  ' }
    const saved = contentForSave(content)
    expect(saved.letter.deadline).toBeUndefined()
    expect(saved.sasaran[0].indicators[0].target).toBeUndefined()
    expect(saved.sasaran[0].indicators[0].targetText).toBe('Ada')
    expect(saved.sasaran[0].indicators[0].guidance).toBeUndefined()
    expect(sameContent(content, demoContent())).toBe(false)
    expect(sameContent(demoContent(), JSON.parse(JSON.stringify(demoContent())))).toBe(true)
  })
})

describe('new parts and moves', () => {
  it('numbers new sasaran and indicators after the existing ones', () => {
    const content = demoContent()
    expect(newSasaran(content.sasaran).code).toBe('S3')
    expect(newIndicator(content.sasaran[0])).toMatchObject({ code: 'S1.3', dataType: 'number', reportingUnitIds: [] })
  })

  it('moves up and down but not past either end', () => {
    const list = ['a', 'b', 'c']
    expect(move(list, 0, -1)).toBe(false)
    expect(move(list, 0, 1)).toBe(true)
    expect(list).toEqual(['b', 'a', 'c'])
    expect(move(list, 2, 1)).toBe(false)
  })
})

describe('formatDateTime, formatDuration and other formats', () => {
  it('writes instants in the kecamatan time zone as Indonesian letters do', () => {
    expect(formatDateTime('2026-11-26T02:15:00Z')).toBe('26 November 2026 pukul 09.15')
    expect(formatDateTime('2026-11-26T02:15:00Z', 'Asia/Makassar')).toBe('26 November 2026 pukul 10.15')
    expect(formatDateTime('2026-11-26T17:05:00Z', 'Asia/Jayapura')).toBe('27 November 2026 pukul 02.05')
    expect(formatDateTime(null)).toBe('')
  })

  it('says how long something has waited', () => {
    expect(formatDuration(0)).toBe('kurang dari 1 menit')
    expect(formatDuration(45)).toBe('45 menit')
    expect(formatDuration(60)).toBe('1 jam')
    expect(formatDuration(135)).toBe('2 jam 15 menit')
    expect(formatDuration(2 * 1440 + 61)).toBe('2 hari 1 jam')
  })

  it('writes sizes as megabytes the Indonesian way', () => {
    expect(formatMegabytes(20 * 1024 * 1024)).toBe('20 MB')
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1,5 MB')
    expect(formatMegabytes(0)).toBe('0 MB')
  })

  it('says who acted and in which capacity', () => {
    expect(formatActor({ actorName: 'Ir. Hadi', actingFor: 'Plh. Camat Bulu', capacity: 'Sekretaris Kecamatan Bulu' })).toBe('Ir. Hadi selaku Plh. Camat Bulu')
    expect(formatActor({ actorName: 'Ir. Hadi', capacity: 'Kepala Subbag Umum' })).toBe('Ir. Hadi (Kepala Subbag Umum)')
    expect(formatActor({})).toBe('Sistem')
  })
})
