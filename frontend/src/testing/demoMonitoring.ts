import type { Schemas } from '../api/client'
import { demoSop } from './sopFixture'

/** A cycle at step 7 of the demo SOP, its monitoring sheet and a dashboard, for page tests. */

export const demoCycle: Schemas['CycleView'] = {
  id: 7,
  kecamatanId: 1,
  year: 2026,
  title: 'Data Kinerja 2026',
  status: 'IN_PROGRESS',
  step: 7,
  stepTitle: 'Mengisi, menyampaikan dan memverifikasi data kinerja unit',
  formId: 5,
  createdAt: '2026-11-02T02:00:00Z',
  verbs: ['form.read', 'sla.read'],
  sopVersionId: 3,
}

export const demoSopView: Schemas['SopView'] = {
  ...demoSop,
  versionId: 3,
  kecamatanId: 1,
  title: 'SOP Pengumpulan Data Kinerja Kecamatan',
  effectiveFrom: '2026-01-01',
  steps: demoSop.steps.map(({ decision, refusalStep, notes, ...s }) => ({
    ...s,
    ...(decision ? { decision } : {}),
    ...(refusalStep ? { refusalStep } : {}),
    ...(notes ? { notes } : {}),
  })),
  unitWork: 'Unit kerja mengisi dan menyampaikan data kinerja',
  finished: 'Selesai',
  outside: 'Di luar alur SOP',
}

const step = (number: number, over: Partial<Schemas['StepMonitoring']> = {}): Schemas['StepMonitoring'] => {
  const s = demoSop.steps[number - 1]
  return {
    number,
    title: s.title,
    lane: s.lane,
    mutuBaku: s.time,
    status: number < 7 ? 'KEPT' : 'NOT_STARTED',
    tasks: number < 7 ? 1 : 0,
    rounds: number < 7 ? 1 : 0,
    budgetMinutes: 450,
    elapsedMinutes: number < 7 ? 65 : 0,
    refusals: [],
    ...over,
  }
}

export const demoUnits: Schemas['UnitMonitoring'][] = [
  { unitId: 3, unitName: 'Seksi Pemerintahan', state: 'DRAFT', dueAt: '2026-12-01T09:00:00Z', status: 'OVERDUE', workingDaysLeft: 0 },
  { unitId: 4, unitName: 'Seksi Trantib', state: 'NOT_STARTED', dueAt: '2026-12-09T09:00:00Z', status: 'ON_TIME', workingDaysLeft: 5 },
  { unitId: 5, unitName: 'Subbag Umum dan Kepegawaian', state: 'SUBMITTED', dueAt: '2026-12-09T09:00:00Z', handedInAt: '2026-12-01T03:00:00Z', status: 'KEPT', workingDaysLeft: 0 },
]

export const demoSheet: Schemas['SopMonitoring'] = {
  cycleId: 7,
  year: 2026,
  title: 'Data Kinerja 2026',
  kecamatanId: 1,
  kecamatanName: 'Bulu',
  timeZone: 'Asia/Jakarta',
  sopVersionId: 3,
  sopVersion: 1,
  status: 'IN_PROGRESS',
  currentStep: 7,
  generatedAt: '2026-12-02T02:00:00Z',
  steps: demoSop.steps.map((s) =>
    s.number === 4
      ? step(4, {
          rounds: 2,
          tasks: 2,
          status: 'NOT_KEPT',
          refusals: [{ at: '2026-11-10T03:00:00Z', byName: 'Drs. Hadi', capacity: 'Camat', outcome: 'REFUSE', reason: 'Tenggat terlalu dekat.' }],
        })
      : s.number === 7
        ? step(7, { status: 'OVERDUE', tasks: 3, rounds: 1, elapsedMinutes: 125, dueAt: '2026-12-01T09:00:00Z' })
        : step(s.number),
  ),
  units: demoUnits,
}

const openTask = (over: Partial<Schemas['OpenTaskSla']>): Schemas['OpenTaskSla'] => ({
  stepTaskId: 1,
  cycleId: 7,
  year: 2026,
  step: 7,
  stepTitle: 'Unit kerja mengisi dan menyampaikan data kinerja',
  work: 'FILL',
  unitId: 3,
  unitName: 'Seksi Pemerintahan',
  status: 'OVERDUE',
  dueAt: '2026-12-01T09:00:00Z',
  usedPercent: 112,
  link: '/data/12',
  ...over,
})

export function demoBoard(over: Partial<Schemas['KecamatanDashboard']> = {}): Schemas['KecamatanDashboard'] {
  return {
    kecamatanId: 1,
    kecamatanName: 'Bulu',
    timeZone: 'Asia/Jakarta',
    cycles: [
      { cycleId: 7, year: 2026, title: 'Data Kinerja 2026', status: 'IN_PROGRESS', step: 7, stepTitle: demoCycle.stepTitle },
      { cycleId: 1, year: 2025, title: 'Data Kinerja 2025', status: 'IMPORTED', step: 0, stepTitle: 'Di luar alur SOP' },
    ],
    cycleId: 7,
    overdue: [openTask({})],
    atRisk: [openTask({ stepTaskId: 2, step: 3, stepTitle: 'Memberi paraf', work: 'PARAF_FORMAT', unitId: undefined, unitName: undefined, status: 'AT_RISK', usedPercent: 85, link: '/formulir/5' })],
    units: demoUnits,
    stepTimes: demoSop.steps.map((s) => ({
      step: s.number,
      title: s.title,
      mutuBaku: s.time,
      averageBudgetMinutes: s.number < 7 ? 600 : 0,
      averageElapsedMinutes: s.number < 7 ? (s.number === 1 ? 900 : 120) : 0,
      samples: s.number < 7 ? 2 : 0,
      kept: s.number === 1 ? 0 : s.number < 7 ? 2 : 0,
    })),
    capaian: [
      { code: 'S1', name: 'Meningkatnya kualitas pelayanan', capaian: 98.5, band: 'sangat tinggi' },
      { code: 'S2', name: 'Meningkatnya tata kelola desa', capaian: 62, band: 'rendah' },
      { code: 'S3', name: 'Ketenteraman', band: undefined },
    ],
    ...over,
  }
}
