import { describe, expect, it } from 'vitest'
import {
  bandColor,
  capaianOption,
  capaianSummary,
  countdownLabel,
  escapeHtml,
  SLA_COLORS,
  stepTimeOption,
  stepTimeSummary,
  stepTimeTooltip,
  toHours,
  unitMatrix,
  unitProgressOption,
  unitProgressSummary,
} from './dashboardCharts'
import { demoBoard, demoUnits } from '../testing/demoMonitoring'

type Series = { name: string; data: unknown[]; stack?: string; itemStyle?: { color: string }; markLine?: { data: { yAxis: number; name: string }[] }; label?: { formatter: (p: unknown) => string } }
const seriesOf = (option: { series?: unknown }) => option.series as Series[]
const tooltip = (option: { tooltip?: unknown }) => (option.tooltip as { formatter: (p: unknown) => string }).formatter

describe('step times: average working time against mutu baku', () => {
  const times = demoBoard().stepTimes

  it('draws two bars per step in hours, and none for steps not measured yet', () => {
    const option = stepTimeOption(times)
    const [real, budget] = seriesOf(option)
    expect((option.xAxis as { data: string[] }).data).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'])
    expect(real.name).toBe('Rata-rata waktu nyata')
    expect(budget.name).toBe('Mutu baku')
    expect(real.data[0]).toBe(15) // 900 minutes
    expect(budget.data[0]).toBe(10)
    expect(real.data[6]).toBeNull()
    expect(toHours(65)).toBe(1.1)
  })

  it('explains a step in its tooltip, in words, with the titles escaped', () => {
    const text = stepTimeTooltip({ ...times[0], title: 'Draf <format>' })
    expect(text).toContain('Langkah 1')
    expect(text).toContain('Draf &#60;format&#62;')
    expect(text).toContain('Waktu nyata rata-rata: 15 jam')
    expect(text).toContain('Tepat waktu: 0 dari 2')
    expect(tooltip(stepTimeOption(times))([{ dataIndex: 6 }])).toContain('Belum ada langkah yang selesai')
    expect(escapeHtml(`"a" & 'b'`)).toBe('&#34;a&#34; &#38; &#39;b&#39;')
  })

  it('sums up which steps went past their mutu baku', () => {
    expect(stepTimeSummary(times)).toBe(
      'Waktu kerja rata-rata per langkah dibandingkan mutu baku: 6 langkah terukur, rata-ratanya melewati mutu baku pada langkah 1.',
    )
    expect(stepTimeSummary([])).toContain('belum ada langkah yang selesai')
  })
})

describe("units' progress stacked by SLA status", () => {
  it('puts each data state on a bar, one stacked segment per status in its colour', () => {
    const option = unitProgressOption(demoUnits)
    expect((option.yAxis as { data: string[] }).data).toEqual(['Belum mulai', 'Draf', 'Disampaikan'])
    const series = seriesOf(option)
    expect(series.map((s) => s.name)).toEqual(['Sesuai mutu baku', 'Terlambat', 'Selesai tepat waktu'])
    expect(series.every((s) => s.stack === 'unit')).toBe(true)
    expect(series[1].itemStyle?.color).toBe(SLA_COLORS.OVERDUE)
    expect(series[1].data).toEqual([null, 1, null])
  })

  it('labels segments with the countdown and lists the units in the tooltip', () => {
    const option = unitProgressOption(demoUnits)
    const [onTime, overdue] = seriesOf(option)
    expect(onTime.label!.formatter({ dataIndex: 0 })).toBe('1 · 5 hr')
    expect(overdue.label!.formatter({ dataIndex: 1 })).toBe('1 · lewat')
    const text = tooltip(option)({ seriesIndex: 1, dataIndex: 1 })
    expect(text).toContain('Draf · Terlambat')
    expect(text).toContain('Seksi Pemerintahan: Terlambat, lewat tenggat')
    expect(countdownLabel([])).toBe('')
    expect(unitMatrix(demoUnits).cell('NOT_STARTED', 'ON_TIME').map((u) => u.unitName)).toEqual(['Seksi Trantib'])
  })

  it('says the same in words for screen readers', () => {
    const summary = unitProgressSummary(demoUnits)
    expect(summary).toContain('Kemajuan data 3 unit terhadap tenggat: 1 sesuai mutu baku, 1 terlambat, 1 selesai tepat waktu.')
    expect(summary).toContain('Seksi Trantib: Sesuai mutu baku, 5 hari kerja lagi')
    expect(unitProgressSummary([])).toContain('belum ada unit')
  })
})

describe('capaian per sasaran against the bands', () => {
  const rows = demoBoard().capaian

  it('draws the bands as lines at 51, 66, 76 and 91 and colours each bar by its band', () => {
    const option = capaianOption(rows)
    const [bars] = seriesOf(option)
    expect(bars.markLine!.data.map((l) => l.yAxis)).toEqual([91, 76, 66, 51])
    expect(bars.markLine!.data[0].name).toBe('sangat tinggi ≥ 91')
    expect(bars.data[0]).toEqual({ value: 98.5, itemStyle: { color: bandColor(98.5) } })
    expect(bars.data[2]).toBeNull()
    expect(bandColor(62)).not.toBe(bandColor(98.5))
    expect((option.yAxis as { max: number }).max).toBe(110)
    expect(tooltip(option)({ dataIndex: 1 })).toContain('Capaian: 62 % (rendah)')
  })

  it('sums up the capaian in words', () => {
    expect(capaianSummary(rows)).toContain('S1 98,5 % (sangat tinggi); S2 62 % (rendah); S3 Tidak dihitung')
    expect(capaianSummary([])).toContain('belum ada rekap')
  })
})
