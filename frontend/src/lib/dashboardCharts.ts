/**
 * The dashboard's charts as ECharts options, built by pure functions (tested without a browser), with
 * the words a screen reader gets instead of each picture. Only types come from echarts here, so this
 * file adds nothing to the bundle; the library itself is loaded by the dashboard's chunk.
 */
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components'
import type { SasaranCapaian, SlaStatus, StepTime, UnitMonitoring } from '../api/monitoring'
import { formatNumber } from './format'
import { formatCapaian, SUBMISSION_STATE_LABELS, type SubmissionState } from './kinerjaLabels'
import { unitCountdown } from './monitoring'
import { formatWorkingMinutes, slaLabel, SLA_STATUS_ORDER } from './sla'

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>

/** The SLA colours of styles.css (`--sla-…`): SVG attributes cannot read CSS variables. */
export const SLA_COLORS: Readonly<Record<SlaStatus, string>> = {
  NOT_STARTED: '#4a4f55',
  ON_TIME: '#17692f',
  AT_RISK: '#7a4f00',
  OVERDUE: '#b3261e',
  KEPT: '#0a4d2c',
  NOT_KEPT: '#7a1014',
}
const BRAND = '#0b3d6e'
const MUTED = '#8a9099'
const FONT = { fontFamily: 'inherit', color: '#1a1a1a' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Office minutes as hours with one decimal, for an axis in jam. */
export function toHours(minutes: number): number {
  return Math.round(minutes / 6) / 10
}

// ---- (a) average working time per step against mutu baku ----

const REAL = 'Rata-rata waktu nyata'
const BUDGET = 'Mutu baku'

export function stepTimeTooltip(t: StepTime): string {
  const head = `<strong>Langkah ${t.step}</strong>: ${escapeHtml(t.title)}`
  if (!t.samples) return `${head}<br>Mutu baku: ${escapeHtml(t.mutuBaku)}<br>Belum ada langkah yang selesai`
  return [
    head,
    `Mutu baku: ${escapeHtml(t.mutuBaku)} (${formatWorkingMinutes(t.averageBudgetMinutes)} kerja)`,
    `Waktu nyata rata-rata: ${formatWorkingMinutes(t.averageElapsedMinutes)}`,
    `Tepat waktu: ${t.kept} dari ${t.samples}`,
  ].join('<br>')
}

export function stepTimeOption(times: StepTime[]): ChartOption {
  const measured = (t: StepTime, minutes: number) => (t.samples ? toHours(minutes) : null)
  return {
    textStyle: FONT,
    color: [BRAND, MUTED],
    legend: { top: 0, data: [REAL, BUDGET] },
    grid: { left: 8, right: 8, top: 36, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number }
        return stepTimeTooltip(times[first.dataIndex])
      },
    },
    xAxis: { type: 'category', name: 'Langkah', nameLocation: 'middle', nameGap: 28, data: times.map((t) => String(t.step)) },
    yAxis: { type: 'value', name: 'jam kerja' },
    series: [
      { name: REAL, type: 'bar', data: times.map((t) => measured(t, t.averageElapsedMinutes)) },
      { name: BUDGET, type: 'bar', data: times.map((t) => measured(t, t.averageBudgetMinutes)) },
    ],
  }
}

/** "Langkah yang melewati mutu baku: 2 (langkah 1, 7). Rincian dalam tabel." */
export function stepTimeSummary(times: StepTime[]): string {
  const measured = times.filter((t) => t.samples > 0)
  if (!measured.length) return 'Waktu kerja per langkah: belum ada langkah yang selesai.'
  const late = measured.filter((t) => t.averageElapsedMinutes > t.averageBudgetMinutes).map((t) => t.step)
  const lateText = late.length ? `rata-ratanya melewati mutu baku pada langkah ${late.join(', ')}` : 'rata-ratanya dalam mutu baku'
  return `Waktu kerja rata-rata per langkah dibandingkan mutu baku: ${measured.length} langkah terukur, ${lateText}.`
}

// ---- (b) the units' progress, stacked by SLA status ----

const STATE_ORDER = Object.keys(SUBMISSION_STATE_LABELS) as SubmissionState[]

/** Units by data state (rows) and SLA status (stacked segments). */
export function unitMatrix(units: UnitMonitoring[]) {
  const states = STATE_ORDER.filter((s) => units.some((u) => u.state === s))
  const statuses = SLA_STATUS_ORDER.filter((s) => units.some((u) => u.status === s))
  const cell = (state: string, status: string) => units.filter((u) => u.state === state && u.status === status)
  return { states, statuses, cell }
}

export function unitLine(u: UnitMonitoring): string {
  const left = unitCountdown(u)
  return `${u.unitName}: ${slaLabel(u.status)}${left === '—' ? '' : `, ${left.toLowerCase()}`}`
}

export function unitProgressOption(units: UnitMonitoring[]): ChartOption {
  const { states, statuses, cell } = unitMatrix(units)
  return {
    textStyle: FONT,
    legend: { top: 0, data: statuses.map(slaLabel) },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const p = params as { seriesIndex: number; dataIndex: number }
        const status = statuses[p.seriesIndex]
        const state = states[p.dataIndex]
        const lines = cell(state, status).map((u) => escapeHtml(unitLine(u)))
        return [`<strong>${SUBMISSION_STATE_LABELS[state]} · ${slaLabel(status)}</strong>`, ...lines].join('<br>')
      },
    },
    xAxis: { type: 'value', name: 'unit', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: states.map((s) => SUBMISSION_STATE_LABELS[s]) },
    series: statuses.map((status) => ({
      name: slaLabel(status),
      type: 'bar',
      stack: 'unit',
      itemStyle: { color: SLA_COLORS[status] },
      label: {
        show: true,
        color: '#ffffff',
        formatter: (p: { dataIndex: number }) => countdownLabel(cell(states[p.dataIndex], status)),
      },
      data: states.map((state) => cell(state, status).length || null),
    })),
  }
}

/** A segment's label: its count, and the nearest countdown while time is left ("3 · 2 hr"). */
export function countdownLabel(units: UnitMonitoring[]): string {
  if (!units.length) return ''
  if (units.every((u) => u.status === 'OVERDUE')) return `${units.length} · lewat`
  const open = units.filter((u) => (u.status === 'ON_TIME' || u.status === 'AT_RISK') && u.dueAt)
  if (!open.length) return String(units.length)
  return `${units.length} · ${Math.min(...open.map((u) => u.workingDaysLeft))} hr`
}

export function unitProgressSummary(units: UnitMonitoring[]): string {
  if (!units.length) return 'Kemajuan data unit: belum ada unit yang menerima formulir.'
  const counts = SLA_STATUS_ORDER.map((s) => [s, units.filter((u) => u.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${slaLabel(s).toLowerCase()}`)
  return `Kemajuan data ${units.length} unit terhadap tenggat: ${counts.join(', ')}. ${units.map(unitLine).join('; ')}.`
}

// ---- (c) capaian per sasaran against the bands ----

/** The lower bounds of the bands (Permendagri 86/2017): capaian of at least `from` percent. */
export const CAPAIAN_BANDS = [
  { from: 91, band: 'sangat tinggi', color: '#0a4d2c' },
  { from: 76, band: 'tinggi', color: '#17692f' },
  { from: 66, band: 'sedang', color: '#7a4f00' },
  { from: 51, band: 'rendah', color: '#a4461a' },
  { from: 0, band: 'sangat rendah', color: '#b3261e' },
] as const

export function bandColor(capaian: number): string {
  return (CAPAIAN_BANDS.find((b) => capaian >= b.from) ?? CAPAIAN_BANDS[CAPAIAN_BANDS.length - 1]).color
}

export function capaianOption(rows: SasaranCapaian[]): ChartOption {
  const top = Math.max(110, ...rows.map((r) => Math.ceil((r.capaian ?? 0) / 10) * 10))
  return {
    textStyle: FONT,
    grid: { left: 8, right: 88, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const r = rows[(params as { dataIndex: number }).dataIndex]
        return `<strong>${escapeHtml(r.code)}</strong> ${escapeHtml(r.name)}<br>Capaian: ${formatCapaian(r.capaian, r.band, null)}`
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => r.code) },
    yAxis: { type: 'value', name: '%', min: 0, max: top },
    series: [
      {
        name: 'Capaian',
        type: 'bar',
        label: { show: true, position: 'top', formatter: (p: { value: unknown }) => (p.value == null ? '' : `${formatNumber(Number(p.value))} %`) },
        data: rows.map((r) => (r.capaian == null ? null : { value: r.capaian, itemStyle: { color: bandColor(r.capaian) } })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: MUTED },
          label: { position: 'end', formatter: '{b}' },
          data: CAPAIAN_BANDS.filter((b) => b.from > 0).map((b) => ({ name: `${b.band} ≥ ${b.from}`, yAxis: b.from })),
        },
      },
    ],
  }
}

export function capaianSummary(rows: SasaranCapaian[]): string {
  if (!rows.length) return 'Capaian per sasaran: belum ada rekap.'
  return `Capaian per sasaran dengan batas kategori 51, 66, 76 dan 91 persen: ${rows
    .map((r) => `${r.code} ${formatCapaian(r.capaian, r.band, null)}`)
    .join('; ')}.`
}
