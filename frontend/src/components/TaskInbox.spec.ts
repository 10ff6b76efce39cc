import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import TaskInbox from './TaskInbox.vue'
import { fakeApi, json } from '../testing/fakeApi'
import type { Schemas } from '../api/client'

const base = {
  formId: 2,
  cycleId: 2,
  year: 2026,
  kecamatanId: 1,
  kecamatanName: 'Bulu',
  waitingSince: '2026-11-26T02:00:00Z',
  waitingMinutes: 30,
}

async function renderInbox() {
  const stub = { template: '<p />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/formulir/:id', name: 'form', component: stub },
      { path: '/data/:submissionId', name: 'submission', component: stub },
      { path: '/rekap/:recapId', name: 'recap', component: stub },
    ],
  })
  render(TaskInbox, { global: { plugins: [createPinia(), router] } })
}

describe('TaskInbox', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it("links a unit's data to its page, naming the unit, and the recap to the recap page", async () => {
    const tasks: Schemas['TaskView'][] = [
      { ...base, kind: 'SUBMISSION', submissionId: 12, unitId: 3, unitName: 'Seksi Pemerintahan', step: 7, stepTitle: 'Menerima dan memverifikasi data kinerja dari subbag dan seksi', state: 'SUBMITTED', transitions: ['VERIFY', 'RETURN'] },
      { ...base, kind: 'RECAP', recapId: 4, step: 10, stepTitle: 'Memparaf data kinerja', state: 'AWAITING_PARAF', transitions: ['PARAF', 'REFUSE_PARAF'], waitingSince: '2026-11-26T03:00:00Z' },
    ]
    fakeApi({
      'GET /api/v1/tasks': () => json(tasks),
    })
    await renderInbox()

    const verify = await screen.findByRole('link', { name: /^Langkah 7 — Menerima dan memverifikasi/ })
    expect(verify.getAttribute('href')).toBe('/data/12')
    expect(verify.textContent).toContain('Seksi Pemerintahan')
    expect(screen.getByText(/Data kinerja Seksi Pemerintahan tahun 2026 · Kecamatan Bulu · Disampaikan/)).toBeTruthy()
    const paraf = screen.getByRole('link', { name: 'Langkah 10 — Memparaf data kinerja' })
    expect(paraf.getAttribute('href')).toBe('/rekap/4')
    expect(screen.getByText(/Rekap data kinerja tahun 2026 · Kecamatan Bulu · Menunggu paraf Sekcam/)).toBeTruthy()
  })
})
