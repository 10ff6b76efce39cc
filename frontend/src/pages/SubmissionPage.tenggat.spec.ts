import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@testing-library/vue'
import SubmissionPage from './SubmissionPage.vue'
import { fakeApi, json } from '../testing/fakeApi'
import { renderPage as renderAt } from '../testing/renderPage'
import { demoForm, demoKecamatan } from '../testing/demoForm'
import { demoSubmission } from '../testing/demoKinerja'
import type { Schemas } from '../api/client'

/** The unit sees the letter's tenggat; the Sekcam is warned before marking a unit early. */
const renderPage = () => renderAt(SubmissionPage, { path: '/data/:submissionId', name: 'submission', component: SubmissionPage }, '/data/2')

const common = {
  'GET /api/v1/kecamatan/1': () => json(demoKecamatan),
  'GET /api/v1/submissions/2/rounds': () => json([]),
}

function fillTask(sla: Partial<Schemas['SlaView']>): Schemas['TaskView'] {
  return {
    kind: 'SUBMISSION',
    formId: 2,
    submissionId: 2,
    unitId: 3,
    unitName: 'Seksi Pemerintahan',
    cycleId: 4,
    year: 2026,
    kecamatanId: 1,
    kecamatanName: 'Bulu',
    step: 7,
    stepTitle: 'Mengisi dan menyampaikan data kinerja unit',
    state: 'RETURNED',
    transitions: ['SUBMIT'],
    waitingSince: '2027-01-10T02:00:00Z',
    waitingMinutes: 30,
    sla: {
      status: 'ON_TIME',
      step: 7,
      work: 'FILL',
      round: 1,
      startedAt: '2027-01-10T02:00:00Z',
      dueAt: '2027-01-15T09:00:00Z',
      budgetMinutes: 2000,
      elapsedMinutes: 100,
      usedPercent: 5,
      workingDaysLeft: 3,
      ...sla,
    },
  }
}

function sheet(unit: Partial<Schemas['UnitMonitoring']>) {
  return {
    cycleId: 4,
    timeZone: 'Asia/Jakarta',
    units: [
      { unitId: 5, unitName: 'Seksi Trantib', state: 'SUBMITTED', status: 'ON_TIME', workingDaysLeft: 9, dueAt: '2099-01-01T09:00:00Z' },
      { unitId: 3, unitName: 'Seksi Pemerintahan', state: 'NOT_STARTED', status: 'ON_TIME', workingDaysLeft: 3, ...unit },
    ],
  }
}

const sekcamView = () =>
  demoSubmission({
    state: 'NOT_STARTED',
    round: 0,
    missing: [],
    verbs: ['form.read', 'submission.read', 'submission.verify'],
    transitions: ['MARK_NOT_SUBMITTED'],
    editable: false,
  })

describe('SubmissionPage tenggat', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it("shows the unit its letter's tenggat and the working days left", async () => {
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
      'GET /api/v1/tasks': () => json([{ ...fillTask({}), kind: 'SUBMISSION', submissionId: 9 }, fillTask({})]),
    })
    await renderPage()

    await vi.waitFor(() =>
      expect(document.querySelector('[data-tenggat]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        'Tenggat: 15 Januari 2027 16.00 WIB · sisa 3 hari kerja',
      ),
    )
  })

  it('says when the tenggat has passed', async () => {
    fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(demoSubmission(), 200, { ETag: '"5"' }),
      'GET /api/v1/tasks': () => json([fillTask({ status: 'OVERDUE', workingDaysLeft: 0 })]),
    })
    await renderPage()

    await vi.waitFor(() => expect(document.querySelector('[data-tenggat]')?.textContent).toContain('Tenggat sudah lewat'))
    expect(document.querySelector('[data-tenggat]')?.textContent).not.toContain('sisa')
  })

  it("warns the Sekcam that the unit's tenggat has not passed before marking it not reporting", async () => {
    const api = fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(sekcamView(), 200, { ETag: '"0"' }),
      'GET /api/v1/forms/2': () => json(demoForm({ cycleId: 4 })),
      'GET /api/v1/cycles/4/sop-monitoring': () => json(sheet({ dueAt: '2099-01-15T09:00:00Z', workingDaysLeft: 3 })),
    })
    await renderPage()
    await vi.waitFor(() => expect(api.callsTo('GET /api/v1/cycles/4/sop-monitoring')).toHaveLength(1))

    await fireEvent.click(await screen.findByRole('button', { name: 'Tandai tidak menyampaikan' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Tenggat unit ini belum lewat (15 Januari 2099 16.00 WIB, sisa 3 hari kerja). Yakin menandai tidak menyampaikan?',
    )
    expect(api.callsTo('GET /api/v1/tasks')).toHaveLength(0)
  })

  it('gives no warning once the tenggat has passed', async () => {
    const api = fakeApi({
      ...common,
      'GET /api/v1/submissions/2': () => json(sekcamView(), 200, { ETag: '"0"' }),
      'GET /api/v1/forms/2': () => json(demoForm({ cycleId: 4 })),
      'GET /api/v1/cycles/4/sop-monitoring': () => json(sheet({ dueAt: '2026-11-30T09:00:00Z', status: 'OVERDUE', workingDaysLeft: 0 })),
    })
    await renderPage()
    await vi.waitFor(() => expect(api.callsTo('GET /api/v1/cycles/4/sop-monitoring')).toHaveLength(1))

    await fireEvent.click(await screen.findByRole('button', { name: 'Tandai tidak menyampaikan' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).queryByRole('alert')).toBeNull()
    expect(dialog.querySelector('[data-dialog-warning]')).toBeNull()
  })
})
