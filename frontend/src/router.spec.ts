import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { navigationFor, routes } from './router'

describe('router: the SOP monitoring pages', () => {
  it('shows "Dasbor" in the menu only to officials holding sla.read', () => {
    const labels = (verbs: string[]) => navigationFor((v) => verbs.includes(v)).map((l) => l.label)
    expect(labels(['form.read', 'sla.read'])).toContain('Dasbor')
    expect(labels(['form.read'])).not.toContain('Dasbor')
  })

  it('opens /siklus/:id/sop and /dasbor with sla.read, both loaded on demand', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const sop = router.resolve('/siklus/7/sop')
    expect(sop.name).toBe('cycle-sop')
    expect(sop.params.cycleId).toBe('7')
    expect(sop.meta).toMatchObject({ title: 'Alur SOP', verb: 'sla.read' })
    expect(router.resolve('/siklus/abc/sop').name).toBe('not-found')
    const dashboard = routes.find((r) => r.name === 'dashboard')!
    expect(dashboard.path).toBe('/dasbor')
    expect(dashboard.meta).toMatchObject({ title: 'Dasbor', verb: 'sla.read' })
    // a function, not the page itself: the charts' chunk is fetched when the route is opened
    expect(typeof dashboard.component).toBe('function')
  })
})
