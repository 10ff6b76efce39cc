/**
 * Where everything of an SOP flowchart goes, as PermenPAN-RB 35/2012 draws it: a table with the
 * columns No, Uraian Prosedur, one column per pelaksana lane and the mutu baku columns; one row per
 * step with its symbol in its lane's column; elbow arrows between the symbols; and an off-page
 * connector pair where a page of `pageSize` steps ends. Pure functions, in SVG user units (px).
 */
import type { SopData, SopStepData } from './sla'

export interface Point { x: number; y: number }
/** A symbol's box by its centre. */
export interface Box { cx: number; cy: number; w: number; h: number }
export interface TextLine { text: string; x: number; y: number }
export interface Cell { x: number; y: number; width: number; height: number }
export interface HeaderCell extends Cell { key: string; lane?: string; lines: TextLine[] }
export interface TextCell extends Cell { key: string; anchor: 'start' | 'middle'; lines: TextLine[] }
export interface RowLayout { key: string; top: number; height: number; step?: number }

export interface StepLayout {
  step: SopStepData
  page: number
  lane: number
  row: RowLayout
  box: Box
  cells: TextCell[]
  /** Lines under the symbol (its status, "Posisi saat ini"), centred on it. */
  caption: TextLine[]
}

export interface Arrow {
  key: string
  kind: 'next' | 'refusal' | 'page'
  from: number | string
  to: number | string
  points: Point[]
  label?: { text: string; x: number; y: number; anchor: 'start' | 'end' }
}

export interface Connector { key: string; label: string; direction: 'out' | 'in'; page: number; box: Box }

export interface FlowchartLayout {
  width: number
  height: number
  lanes: string[]
  columns: { key: string; x: number; width: number }[]
  headers: HeaderCell[]
  rows: RowLayout[]
  steps: StepLayout[]
  arrows: Arrow[]
  connectors: Connector[]
}

export interface LayoutOptions {
  /** Steps per page; a longer SOP continues on the next page through an off-page connector. */
  pageSize?: number
  /** Text under a step's symbol, one entry per line before wrapping. */
  captions?: (step: SopStepData) => string[]
}

/** Approximate widths of a character at the chart's font sizes, for wrapping (SVG text does not wrap). */
const CHAR = 6.6
const CAPTION_CHAR = 6.2
const LINE = 15
const CAPTION_LINE = 13
const PAD = 8
const FIXED = { no: 40, title: 240, lane: 104, requirement: 170, time: 90, output: 170 }
const TIER = 26
const SYMBOL_CY = 42
const SYMBOL = { w: 72, h: 36, diamond: 44 }
const CONNECTOR = 30
const CONNECTOR_ROW = 50
const PAGE_GAP = 32
const CHANNEL = 10
const AROUND = 10

/** Greedy word wrap to at most `maxChars` a line; a longer word is cut. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) lines.push(line)
      lines.push(word.slice(0, maxChars))
      word = word.slice(maxChars)
      line = ''
    }
    if (!line) line = word
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

const charsIn = (width: number, char = CHAR, pad = PAD) => Math.max(1, Math.floor((width - 2 * pad) / char))

/** Baselines of `texts` from `top` (12 px text sits 11 px below the top of its line). */
function stack(texts: string[], x: number, top: number, lineHeight = LINE): TextLine[] {
  return texts.map((text, i) => ({ text, x, y: top + 11 + i * lineHeight }))
}

/** Text centred in a header cell, both ways. */
function headerCell(key: string, label: string, x: number, y: number, width: number, height: number, lane?: string): HeaderCell {
  const lines = wrapText(label, charsIn(width, CHAR + 0.6))
  const top = y + (height - lines.length * LINE) / 2
  return { key, lane, x, y, width, height, lines: stack(lines, x + width / 2, top) }
}

const right = (b: Box) => b.cx + b.w / 2
const left = (b: Box) => b.cx - b.w / 2
const top = (b: Box) => b.cy - b.h / 2
const bottom = (b: Box) => b.cy + b.h / 2

/**
 * An elbow from one symbol to the next: out of the side facing the target, along the source's row,
 * then down into the target's top. In the same lane it goes round the right of the text under the
 * source and enters the target's side; `straight` (a connector just above its step) goes straight down.
 */
export function route(from: Box, to: Box, straight = false): Point[] {
  if (Math.abs(from.cx - to.cx) < 1) {
    if (straight) return [{ x: from.cx, y: bottom(from) }, { x: to.cx, y: top(to) }]
    const x = Math.max(right(from), right(to)) + AROUND
    return [{ x: right(from), y: from.cy }, { x, y: from.cy }, { x, y: to.cy }, { x: right(to), y: to.cy }]
  }
  const exit = to.cx > from.cx ? right(from) : left(from)
  return [{ x: exit, y: from.cy }, { x: to.cx, y: from.cy }, { x: to.cx, y: top(to) }]
}

/** A refusal: out of one side of the decision, along the lanes' edge, into the top of the target step. */
export function refusalRoute(from: Box, to: Box, toRowTop: number, side: 'left' | 'right', gutterX: number): Point[] {
  const exit = side === 'left' ? left(from) : right(from)
  const y = toRowTop + CHANNEL
  return [
    { x: exit, y: from.cy },
    { x: gutterX, y: from.cy },
    { x: gutterX, y },
    { x: to.cx, y },
    { x: to.cx, y: top(to) },
  ]
}

/** "A", "B", …, "Z", "AA", … for the n-th page break. */
export function connectorLabel(index: number): string {
  let n = index
  let label = ''
  do {
    label = String.fromCharCode(65 + (n % 26)) + label
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return label
}

function arrowLabel(points: Point[], text: string): Arrow['label'] {
  const [a, b] = points
  const toRight = b.x >= a.x
  return { text, x: a.x + (toRight ? 4 : -4), y: a.y - 5, anchor: toRight ? 'start' : 'end' }
}

export function layoutFlowchart(sop: SopData, options: LayoutOptions = {}): FlowchartLayout {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 11))
  const lanes = [...sop.lanes, ...sop.steps.map((s) => s.lane).filter((l, i, all) => !sop.lanes.includes(l) && all.indexOf(l) === i)]
  const steps = [...sop.steps].sort((a, b) => a.number - b.number)

  const columns: FlowchartLayout['columns'] = []
  let x = 0
  const add = (key: string, width: number) => {
    columns.push({ key, x, width })
    x += width
  }
  add('no', FIXED.no)
  add('title', FIXED.title)
  lanes.forEach((_, i) => add(`lane-${i}`, FIXED.lane))
  add('requirement', FIXED.requirement)
  add('time', FIXED.time)
  add('output', FIXED.output)
  const width = x
  const col = (key: string) => columns.find((c) => c.key === key)!
  const laneX = (i: number) => col(`lane-${i}`).x + FIXED.lane / 2
  const lanesLeft = col('lane-0').x
  const lanesRight = lanesLeft + lanes.length * FIXED.lane
  const laneOf = (s: SopStepData) => lanes.indexOf(s.lane)

  const laneTier = Math.max(...[...lanes, 'Kelengkapan'].map((l) => wrapText(l, charsIn(FIXED.lane, CHAR + 0.6)).length)) * LINE + 2 * PAD
  const headerHeight = TIER + Math.max(TIER, laneTier)
  const headers: HeaderCell[] = []
  const rows: RowLayout[] = []
  const laid: StepLayout[] = []
  const connectors: Connector[] = []
  const pageCount = Math.ceil(steps.length / pageSize)
  let y = 0

  for (let page = 0; page < pageCount; page++) {
    const h2 = headerHeight - TIER
    const mutu = col('requirement')
    headers.push(
      headerCell(`no-${page}`, 'No', col('no').x, y, FIXED.no, headerHeight),
      headerCell(`title-${page}`, 'Uraian Prosedur', col('title').x, y, FIXED.title, headerHeight),
      headerCell(`pelaksana-${page}`, 'Pelaksana', lanesLeft, y, lanesRight - lanesLeft, TIER),
      headerCell(`mutu-${page}`, 'Mutu Baku', mutu.x, y, width - mutu.x, TIER),
      ...lanes.map((lane, i) => headerCell(`lane-${i}-${page}`, lane, col(`lane-${i}`).x, y + TIER, FIXED.lane, h2, lane)),
      headerCell(`requirement-${page}`, 'Kelengkapan', mutu.x, y + TIER, FIXED.requirement, h2),
      headerCell(`time-${page}`, 'Waktu', col('time').x, y + TIER, FIXED.time, h2),
      headerCell(`output-${page}`, 'Output', col('output').x, y + TIER, FIXED.output, h2),
    )
    y += headerHeight
    const pageSteps = steps.slice(page * pageSize, (page + 1) * pageSize)
    if (page > 0) {
      rows.push({ key: `in-${page}`, top: y, height: CONNECTOR_ROW })
      const box = { cx: laneX(laneOf(pageSteps[0])), cy: y + CONNECTOR_ROW / 2, w: CONNECTOR, h: CONNECTOR }
      connectors.push({ key: `in-${page}`, label: connectorLabel(page - 1), direction: 'in', page, box })
      y += CONNECTOR_ROW
    }
    for (const step of pageSteps) {
      const lane = laneOf(step)
      const texts = {
        no: [String(step.number)],
        title: wrapText(step.title, charsIn(FIXED.title)),
        requirement: wrapText(step.requirement, charsIn(FIXED.requirement)),
        time: wrapText(step.time, charsIn(FIXED.time)),
        output: wrapText(step.output, charsIn(FIXED.output)),
      }
      const captionTexts = (options.captions?.(step) ?? []).flatMap((c) => wrapText(c, charsIn(FIXED.lane, CAPTION_CHAR, PAD / 2)))
      const h = step.symbol === 'DECISION' ? SYMBOL.diamond : SYMBOL.h
      const captionTop = y + SYMBOL_CY + SYMBOL.diamond / 2 + 4
      const textHeight = Math.max(...Object.values(texts).map((t) => t.length)) * LINE + 2 * PAD
      const symbolHeight = captionTop - y + captionTexts.length * CAPTION_LINE + PAD
      const row: RowLayout = { key: `step-${step.number}`, top: y, height: Math.max(textHeight, symbolHeight, 72), step: step.number }
      const cells = (Object.keys(texts) as (keyof typeof texts)[]).map((key): TextCell => {
        const c = col(key)
        const anchor = key === 'no' ? 'middle' : 'start'
        const tx = anchor === 'middle' ? c.x + c.width / 2 : c.x + PAD
        return { key, anchor, x: c.x, y, width: c.width, height: row.height, lines: stack(texts[key], tx, y + PAD) }
      })
      const box = { cx: laneX(lane), cy: y + SYMBOL_CY, w: SYMBOL.w, h }
      laid.push({ step, page, lane, row, box, cells, caption: stack(captionTexts, box.cx, captionTop, CAPTION_LINE) })
      rows.push(row)
      y += row.height
    }
    if (page < pageCount - 1) {
      rows.push({ key: `out-${page}`, top: y, height: CONNECTOR_ROW })
      const next = steps[(page + 1) * pageSize]
      const box = { cx: laneX(laneOf(next)), cy: y + CONNECTOR_ROW / 2, w: CONNECTOR, h: CONNECTOR }
      connectors.push({ key: `out-${page}`, label: connectorLabel(page), direction: 'out', page, box })
      y += CONNECTOR_ROW + PAGE_GAP
    }
  }

  const arrows: Arrow[] = []
  laid.forEach((s, i) => {
    const next = laid[i + 1]
    const decides = s.step.symbol === 'DECISION' && s.step.refusalStep != null
    if (next) {
      const points =
        next.page === s.page
          ? route(s.box, next.box)
          : route(s.box, connectors.find((c) => c.key === `out-${s.page}`)!.box)
      arrows.push({
        key: `next-${s.step.number}`,
        kind: 'next',
        from: s.step.number,
        to: next.page === s.page ? next.step.number : `out-${s.page}`,
        points,
        label: decides ? arrowLabel(points, 'Ya') : undefined,
      })
      if (next.page !== s.page) {
        const inBox = connectors.find((c) => c.key === `in-${next.page}`)!.box
        arrows.push({ key: `page-${next.page}`, kind: 'page', from: `in-${next.page}`, to: next.step.number, points: route(inBox, next.box, true) })
      }
    }
    const target = decides ? laid.find((t) => t.step.number === s.step.refusalStep) : undefined
    if (target) {
      const side = next && next.lane >= s.lane ? 'left' : 'right'
      const gutter = side === 'left' ? lanesLeft + PAD : lanesRight - PAD
      const points = refusalRoute(s.box, target.box, target.row.top, side, gutter)
      const text = s.step.decision?.trim() || 'Tidak'
      arrows.push({ key: `refusal-${s.step.number}`, kind: 'refusal', from: s.step.number, to: target.step.number, points, label: arrowLabel(points, text) })
    }
  })

  return { width, height: y, lanes, columns, headers, rows, steps: laid, arrows, connectors }
}

/** An SVG path through the points. */
export function pathOf(points: Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ')
}

/** The polygon points of a diamond (decision) or a downward pentagon (off-page connector). */
export function diamondPoints(b: Box): string {
  return [[b.cx, top(b)], [right(b), b.cy], [b.cx, bottom(b)], [left(b), b.cy]].map((p) => p.join(',')).join(' ')
}

export function offPagePoints(b: Box): string {
  const shoulder = top(b) + b.h * 0.6
  return [[left(b), top(b)], [right(b), top(b)], [right(b), shoulder], [b.cx, bottom(b)], [left(b), shoulder]]
    .map((p) => p.join(','))
    .join(' ')
}
