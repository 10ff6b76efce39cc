import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import axe from 'axe-core'
import SopFlowchart from './SopFlowchart.vue'
import { demoSop } from '../testing/sopFixture'
import type { StepSla } from '../lib/sla'

type Props = { steps?: StepSla[]; currentStep?: number | null; timeZone?: string; pageSize?: number }

function draw(props: Props = {}) {
  return render(SopFlowchart, { props: { sop: demoSop, ...props } }).container
}

const num = (el: Element, name: string) => Number(el.getAttribute(name))

function step(container: Element, n: number): SVGGElement {
  const g = container.querySelector<SVGGElement>(`g.flow-step[data-step="${n}"]`)
  if (!g) throw new Error(`no symbol for step ${n}`)
  return g
}

/** The symbol's shape and its centre, from its attributes. */
function shapeOf(g: Element) {
  const shape = g.querySelector('.flow-step__shape')!
  if (shape.tagName === 'polygon') {
    const points = shape.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number))
    const xs = points.map((p) => p[0])
    const ys = points.map((p) => p[1])
    return { shape, points, cx: (Math.min(...xs) + Math.max(...xs)) / 2, top: Math.min(...ys) }
  }
  return { shape, points: [], cx: num(shape, 'x') + num(shape, 'width') / 2, top: num(shape, 'y') }
}

/** The lane whose column header spans the symbol's centre. */
function laneAt(container: Element, x: number): string | undefined {
  const headers = [...container.querySelectorAll('rect[data-lane]')]
  const hit = headers.find((h) => num(h, 'x') <= x && x < num(h, 'x') + num(h, 'width'))
  return hit?.getAttribute('data-lane') ?? undefined
}

const lastPoint = (d: string) => d.trim().split(/[ML]/).filter(Boolean).at(-1)!.trim().split(' ').map(Number)
const firstPoint = (d: string) => d.trim().split(/[ML]/).filter(Boolean)[0].trim().split(' ').map(Number)

function srRow(n: number): HTMLElement {
  const table = screen.getByRole('table', { name: /Langkah SOP/ })
  const row = within(table).getAllByRole('row').find((r) => r.querySelector('th')?.textContent?.trim() === String(n))
  if (!row) throw new Error(`no table row for step ${n}`)
  return row
}

const sla = (overrides: Partial<StepSla> & Pick<StepSla, 'number' | 'status'>): StepSla => ({
  elapsedMinutes: 0,
  rounds: 1,
  ...overrides,
})

describe('SopFlowchart', () => {
  afterEach(() => cleanup())

  it("draws one symbol per step in its lane's column: a diamond for the Camat's decision, the distribution in the Kasubbag dan Kasi lane", () => {
    const container = draw()
    const headers = [...container.querySelectorAll('rect[data-lane]')].map((h) => h.getAttribute('data-lane'))
    expect(headers).toEqual(demoSop.lanes)
    expect(container.querySelectorAll('g.flow-step')).toHaveLength(11)
    for (const s of demoSop.steps) {
      expect(laneAt(container, shapeOf(step(container, s.number)).cx), `step ${s.number}`).toBe(s.lane)
    }

    const decision = shapeOf(step(container, 4))
    expect(decision.shape.tagName).toBe('polygon')
    expect(decision.points).toHaveLength(4)
    expect(laneAt(container, decision.cx)).toBe('Camat')
    expect(laneAt(container, shapeOf(step(container, 6)).cx)).toBe('Kasubbag dan Kasi')

    const start = shapeOf(step(container, 1)).shape
    expect(start.tagName).toBe('rect')
    expect(num(start, 'rx')).toBeGreaterThan(0)
    expect(step(container, 1).textContent).toContain('Mulai')
    expect(step(container, 11).textContent).toContain('Selesai')
    const process = shapeOf(step(container, 2)).shape
    expect([process.tagName, num(process, 'rx')]).toEqual(['rect', 0])
  })

  it('draws an arrowed line from each step to the next, and the Camat\'s "Tidak" back to step 1 beside the "Ya" onwards', () => {
    const container = draw()
    const next = [...container.querySelectorAll('g.flow-arrow--next')]
    expect(next.map((a) => [a.getAttribute('data-from'), a.getAttribute('data-to')])).toEqual(
      Array.from({ length: 10 }, (_, i) => [String(i + 1), String(i + 2)]),
    )
    for (const a of next) expect(a.querySelector('path')!.getAttribute('marker-end')).toMatch(/^url\(#.+\)$/)

    const refusal = container.querySelector('g.flow-arrow--refusal[data-from="4"][data-to="1"]')
    expect(refusal).not.toBeNull()
    expect(refusal!.querySelector('text')!.textContent).toBe('Tidak')
    const path = refusal!.querySelector('path')!
    expect(path.getAttribute('marker-end')).toMatch(/^url\(#.+\)$/)
    const start = shapeOf(step(container, 1))
    expect(lastPoint(path.getAttribute('d')!)).toEqual([start.cx, start.top])
    const diamond = shapeOf(step(container, 4))
    expect(diamond.points).toContainEqual(firstPoint(path.getAttribute('d')!))

    const onwards = container.querySelector('g.flow-arrow--next[data-from="4"]')!
    expect(onwards.querySelector('text')!.textContent).toBe('Ya')
  })

  it('outlines and labels the current step, and marks its table row with aria-current', () => {
    const container = draw({ currentStep: 7, steps: [sla({ number: 7, status: 'ON_TIME' })] })
    const current = step(container, 7)
    expect(current.classList).toContain('flow-step--current')
    expect(current.textContent).toContain('Posisi saat ini')
    expect(container.querySelectorAll('.flow-step--current')).toHaveLength(1)
    expect(srRow(7).getAttribute('aria-current')).toBe('step')
    expect(srRow(7).textContent).toContain('Posisi saat ini')
    expect(srRow(6).hasAttribute('aria-current')).toBe(false)
    expect(screen.getByRole('img').querySelector('desc')!.textContent).toContain('Posisi saat ini: langkah 7')
  })

  it('shows no position for a finished cycle', () => {
    const container = draw({ currentStep: null, steps: [sla({ number: 11, status: 'KEPT' })] })
    expect(container.querySelector('.flow-step--current')).toBeNull()
    expect(container.textContent).not.toContain('Posisi saat ini')
    expect(container.querySelector('[aria-current]')).toBeNull()
    expect(step(container, 11).classList).toContain('sla--kept')
  })

  it('colours an overdue step and says "Terlambat" in its symbol and in the table; a step without SLA has not started', () => {
    const container = draw({ currentStep: 7, steps: [sla({ number: 7, status: 'OVERDUE', elapsedMinutes: 95 })] })
    expect(step(container, 7).classList).toContain('sla--overdue')
    expect(step(container, 7).querySelector('.flow-step__caption')!.textContent).toContain('Terlambat')
    expect(srRow(7).textContent).toContain('Terlambat')
    expect(srRow(7).textContent).toContain('1 jam 35 menit')
    expect(step(container, 8).classList).toContain('sla--not-started')
    expect(srRow(8).textContent).toContain('Belum mulai')
  })

  it('shows the mutu baku, the working time and the due time in Indonesian when a step is focused', async () => {
    const container = draw({
      currentStep: 7,
      steps: [sla({ number: 7, status: 'AT_RISK', elapsedMinutes: 65, dueAt: '2026-12-03T09:00:00Z', budgetMinutes: 90 })],
    })
    expect(screen.queryByRole('tooltip')).toBeNull()
    const g = step(container, 7)
    expect(g.getAttribute('tabindex')).toBe('0')
    await fireEvent.focus(g)
    const tooltip = screen.getByRole('tooltip')
    expect(tooltip.textContent).toContain('Mutu baku: 30 menit per bagian')
    expect(tooltip.textContent).toContain('Waktu nyata: 1 jam 5 menit kerja')
    expect(tooltip.textContent).toContain('Tenggat: 3 Des 2026 16.00')
    expect(tooltip.textContent).toContain('Hampir lewat')
    expect(g.getAttribute('aria-describedby')).toBe(tooltip.id)
    await fireEvent.blur(g)
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it("writes due times in the kecamatan's time zone", async () => {
    const container = draw({ timeZone: 'Asia/Makassar', steps: [sla({ number: 2, status: 'ON_TIME', dueAt: '2026-12-03T09:00:00Z' })] })
    await fireEvent.mouseEnter(step(container, 2))
    expect(screen.getByRole('tooltip').textContent).toContain('Tenggat: 3 Des 2026 17.00')
    expect(srRow(2).textContent).toContain('3 Des 2026 17.00')
  })

  it('continues on off-page connectors where a page of steps ends, and draws none for the usual eleven steps', () => {
    expect(draw().querySelectorAll('.flow-connector')).toHaveLength(0)
    cleanup()

    const container = draw({ pageSize: 4 })
    const connectors = [...container.querySelectorAll('.flow-connector')]
    expect(connectors.map((c) => [c.getAttribute('data-connector'), c.getAttribute('data-page'), c.textContent!.trim()])).toEqual([
      ['out', '0', 'A'],
      ['in', '1', 'A'],
      ['out', '1', 'B'],
      ['in', '2', 'B'],
    ])
    for (const c of connectors) expect(c.querySelector('polygon')!.getAttribute('points')!.split(' ')).toHaveLength(5)
    expect(container.querySelector('g.flow-arrow[data-from="4"][data-to="out-0"]')).not.toBeNull()
    expect(container.querySelector('g.flow-arrow[data-from="in-1"][data-to="5"]')).not.toBeNull()
    expect(container.querySelector('g.flow-arrow[data-from="4"][data-to="5"]')).toBeNull()
    expect(container.querySelectorAll('rect[data-lane="Camat"]')).toHaveLength(3)
  })

  it('scrolls inside its own labelled, focusable region and passes axe', async () => {
    const container = draw({ currentStep: 4, steps: [sla({ number: 4, status: 'OVERDUE' })] })
    const region = screen.getByRole('region', { name: /Bagan alir SOP/ })
    expect(region.getAttribute('tabindex')).toBe('0')
    const svg = screen.getByRole('img', { name: /Bagan alir SOP Pengumpulan Data Kinerja/ })
    expect(svg.tagName).toBe('svg')
    expect(svg.querySelector('title')).not.toBeNull()
    const results = await axe.run(container, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`)).toEqual([])
  })
})
