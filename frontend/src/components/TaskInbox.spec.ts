import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import TaskInbox from './TaskInbox.vue'
import { fakeApi, json, problemWith } from '../testing/fakeApi'
import { demoForm } from '../testing/demoForm'
import { demoRecap } from '../testing/demoKinerja'
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
      { ...base, kind: 'RECAP', recapId: 4, step: 10, stepTitle: 'Memaraf data kinerja', state: 'AWAITING_PARAF', transitions: ['PARAF', 'REFUSE_PARAF'], waitingSince: '2026-11-26T03:00:00Z' },
    ]
    fakeApi({
      'GET /api/v1/tasks': () => json(tasks),
    })
    await renderInbox()

    const verify = await screen.findByRole('link', { name: /^Langkah 7 — Menerima dan memverifikasi/ })
    expect(verify.getAttribute('href')).toBe('/data/12')
    // the unit is named where everyone sees it, not only for screen readers
    expect(verify.textContent?.trim()).toBe('Langkah 7 — Menerima dan memverifikasi data kinerja dari subbag dan seksi: Seksi Pemerintahan')
    expect(screen.getByText(/Data kinerja Seksi Pemerintahan tahun 2026 · Kecamatan Bulu · Disampaikan/)).toBeTruthy()
    const paraf = screen.getByRole('link', { name: 'Langkah 10 — Memaraf data kinerja' })
    expect(paraf.getAttribute('href')).toBe('/rekap/4')
    expect(screen.getByText(/Rekap data kinerja tahun 2026 · Kecamatan Bulu · Menunggu paraf Sekcam/)).toBeTruthy()
  })

  it('signs several documents in one action, each on the version read for the review, and names the one that failed', async () => {
    const tasks: Schemas['TaskView'][] = [
      { ...base, kind: 'FORM', formId: 2, step: 4, stepTitle: 'Menandatangani format', state: 'AWAITING_SIGNATURE', transitions: ['SIGN', 'REFUSE_SIGNATURE'] },
      { ...base, kind: 'RECAP', formId: 3, year: 2025, recapId: 1, step: 11, stepTitle: 'Menandatangani data kinerja', state: 'AWAITING_SIGNATURE', transitions: ['SIGN', 'REFUSE_SIGNATURE'] },
    ]
    const api = fakeApi({
      'GET /api/v1/tasks': [() => json(tasks), () => json([tasks[1]])],
      'GET /api/v1/forms/2': () => json(demoForm({ versionNumber: 5, contentSha256: 'f'.repeat(64) })),
      'GET /api/v1/recaps/1': () => json(demoRecap({ versionNumber: 2, contentSha256: 'e'.repeat(64) })),
      'POST /api/v1/forms/2/signatures': () => json(demoForm({ state: 'SIGNED' })),
      'POST /api/v1/recaps/1/signatures': () =>
        problemWith(409, 'version-changed', { context: { currentVersion: 3, currentSha256: 'd'.repeat(64) } }),
    })
    await renderInbox()

    const region = await screen.findByRole('region', { name: 'Setujui beberapa dokumen sekaligus' })
    await fireEvent.click(within(region).getByLabelText('Formulir data kinerja tahun 2026 · Kecamatan Bulu — tanda tangan'))
    await fireEvent.click(within(region).getByLabelText('Rekap data kinerja tahun 2025 · Kecamatan Bulu — tanda tangan'))
    await fireEvent.click(within(region).getByRole('button', { name: 'Tinjau yang dipilih (2)' }))
    const dialog = await screen.findByRole('dialog', { name: 'Tinjau 2 dokumen' })
    expect(dialog.textContent).toContain('versi 5')
    expect(dialog.textContent).toContain('versi 2')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Setujui 2 dokumen' }))

    const report = await screen.findByText(/telah disetujui/)
    expect(report.textContent).toBe('1 dokumen telah disetujui. 1 tidak disetujui dan tidak berubah:')
    expect(report.parentElement!.querySelector('li')?.textContent).toContain('Rekap data kinerja tahun 2025')
    expect(JSON.parse(api.callsTo('POST /api/v1/forms/2/signatures')[0].body)).toEqual({ decision: 'APPROVE', contentSha256: 'f'.repeat(64) })
    expect(JSON.parse(api.callsTo('POST /api/v1/recaps/1/signatures')[0].body)).toEqual({ decision: 'APPROVE', contentSha256: 'e'.repeat(64) })
    // the inbox is read again: the signed form is gone from it
    await vi.waitFor(() => expect(api.callsTo('GET /api/v1/tasks')).toHaveLength(2))
  })

  it('offers no bulk approval for a single approval waiting', async () => {
    fakeApi({
      'GET /api/v1/tasks': () =>
        json([{ ...base, kind: 'FORM', step: 4, stepTitle: 'Menandatangani format', state: 'AWAITING_SIGNATURE', transitions: ['SIGN', 'REFUSE_SIGNATURE'] }]),
    })
    await renderInbox()
    await screen.findByRole('link', { name: /^Langkah 4/ })
    expect(screen.queryByRole('region', { name: 'Setujui beberapa dokumen sekaligus' })).toBeNull()
  })

  describe('SLA', () => {
    const sla = (status: Schemas['SlaStatus'], dueAt: string, workingDaysLeft: number): Schemas['SlaView'] => ({
      status,
      step: 7,
      work: 'VERIFY',
      round: 1,
      startedAt: '2026-11-26T02:00:00Z',
      dueAt,
      budgetMinutes: 900,
      elapsedMinutes: 300,
      usedPercent: 33,
      workingDaysLeft,
    })
    const submission = (id: number, unitName: string, extra: Partial<Schemas['TaskView']>): Schemas['TaskView'] => ({
      ...base,
      kind: 'SUBMISSION',
      submissionId: id,
      unitId: id,
      unitName,
      step: 7,
      stepTitle: 'Menerima dan memverifikasi data kinerja dari subbag dan seksi',
      state: 'SUBMITTED',
      transitions: ['VERIFY'],
      ...extra,
    })

    it('puts overdue tasks first with the words "Terlambat", and tells the others their working days left', async () => {
      fakeApi({
        'GET /api/v1/tasks': () =>
          json([
            submission(1, 'Seksi Pemerintahan', { waitingSince: '2026-11-20T02:00:00Z', sla: sla('ON_TIME', '2026-12-03T09:00:00Z', 3) }),
            submission(2, 'Seksi Trantib', { waitingSince: '2026-11-25T02:00:00Z', sla: sla('OVERDUE', '2026-12-01T09:00:00Z', 0) }),
            submission(3, 'Seksi PMD', { waitingSince: '2026-11-10T02:00:00Z' }),
          ]),
        'GET /api/v1/kecamatan/1': () => json({ id: 1, code: '33.11.04', name: 'Bulu', kabupatenId: 1, kabupatenName: 'Sukoharjo', timeZone: 'Asia/Jakarta', verbs: [] }),
      })
      await renderInbox()

      const links = await screen.findAllByRole('link')
      expect(links.map((l) => l.textContent)).toEqual([
        expect.stringContaining('Seksi Trantib'),
        expect.stringContaining('Seksi PMD'),
        expect.stringContaining('Seksi Pemerintahan'),
      ])
      const items = screen.getAllByRole('listitem')
      expect(items[0].querySelector('[data-task-sla]')?.textContent).toMatch(/^\s*Terlambat · tenggat 1 Des 2026 16\.00\s*$/)
      expect(items[0].querySelector('.sla--overdue')).not.toBeNull()
      expect(items[2].querySelector('[data-task-sla]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Sesuai mutu baku · tenggat 3 Des 2026 16.00 · sisa 3 hari kerja',
      )
      expect(items[2].textContent).not.toContain('Menunggu sejak')
      // without an SLA the waiting time stays
      expect(items[1].textContent).toContain('Menunggu sejak')
      expect(items[1].querySelector('[data-task-sla]')).toBeNull()
    })

    it("reads the tenggat in the task's kecamatan time zone", async () => {
      fakeApi({
        'GET /api/v1/tasks': () =>
          json([submission(1, 'Seksi Pemerintahan', { kecamatanId: 9, sla: sla('AT_RISK', '2026-12-03T08:00:00Z', 1) })]),
        'GET /api/v1/kecamatan/9': () => json({ id: 9, code: '73.71.01', name: 'Mariso', kabupatenId: 2, kabupatenName: 'Makassar', timeZone: 'Asia/Makassar', verbs: [] }),
      })
      await renderInbox()

      expect(await screen.findByText(/tenggat 3 Des 2026 16\.00/)).toBeTruthy()
      expect(screen.getByText(/Hampir lewat/)).toBeTruthy()
    })
  })
})
