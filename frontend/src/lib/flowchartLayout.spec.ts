import { describe, expect, it } from 'vitest'
import { connectorLabel, layoutFlowchart, route, wrapText } from './flowchartLayout'
import { demoSop } from '../testing/sopFixture'

describe('flowchartLayout', () => {
  it('wraps text at word boundaries and cuts a word too long for the line', () => {
    expect(wrapText('Kasubbag dan Kasi', 12)).toEqual(['Kasubbag dan', 'Kasi'])
    expect(wrapText('  Memvalidasi   data kinerja ', 40)).toEqual(['Memvalidasi data kinerja'])
    expect(wrapText('abcdefghij klm', 4)).toEqual(['abcd', 'efgh', 'ij', 'klm'])
    expect(wrapText('', 10)).toEqual([])
  })

  it('routes an elbow out of the side facing the next lane and into its top; round the side within one lane', () => {
    const a = { cx: 100, cy: 50, w: 72, h: 36 }
    expect(route(a, { cx: 300, cy: 150, w: 72, h: 36 })).toEqual([
      { x: 136, y: 50 },
      { x: 300, y: 50 },
      { x: 300, y: 132 },
    ])
    expect(route(a, { cx: 20, cy: 150, w: 72, h: 36 })[0]).toEqual({ x: 64, y: 50 })
    expect(route(a, { cx: 100, cy: 150, w: 72, h: 36 })).toEqual([
      { x: 136, y: 50 },
      { x: 146, y: 50 },
      { x: 146, y: 150 },
      { x: 136, y: 150 },
    ])
    expect(route(a, { cx: 100, cy: 150, w: 72, h: 36 }, true)).toEqual([
      { x: 100, y: 68 },
      { x: 100, y: 132 },
    ])
  })

  it('names page breaks A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(connectorLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB'])
  })

  it('stacks the rows without overlap, each tall enough for its text, and exits the refusal on the side away from "Ya"', () => {
    const layout = layoutFlowchart(demoSop, { captions: () => ['Selesai tepat waktu', 'Posisi saat ini'] })
    layout.steps.slice(1).forEach((s, i) => expect(s.row.top).toBe(layout.steps[i].row.top + layout.steps[i].row.height))
    for (const s of layout.steps) {
      const lastText = Math.max(...s.cells.flatMap((c) => c.lines.map((l) => l.y)), ...s.caption.map((l) => l.y))
      expect(lastText, `step ${s.step.number}`).toBeLessThan(s.row.top + s.row.height)
      expect(s.caption.map((l) => l.text)).toEqual(['Selesai tepat', 'waktu', 'Posisi saat ini'])
    }
    const refusal = layout.arrows.find((a) => a.kind === 'refusal')!
    const yes = layout.arrows.find((a) => a.key === 'next-4')!
    expect(Math.sign(refusal.points[1].x - refusal.points[0].x)).toBe(-Math.sign(yes.points[1].x - yes.points[0].x))
    // It runs above step 1's symbol inside step 1's row and comes down into the symbol's top.
    const start = layout.steps[0]
    const [channel, end] = refusal.points.slice(-2)
    expect(end).toEqual({ x: start.box.cx, y: start.box.cy - start.box.h / 2 })
    expect(channel.x).toBe(end.x)
    expect(channel.y).toBeGreaterThan(start.row.top)
    expect(channel.y).toBeLessThan(end.y)
    expect(layout.height).toBe(layout.steps.at(-1)!.row.top + layout.steps.at(-1)!.row.height)
  })
})
