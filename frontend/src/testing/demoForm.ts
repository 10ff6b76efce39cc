import type { Schemas } from '../api/client'

/** A small form of Kecamatan Bulu for component tests. */

export const demoUnits: Schemas['UnitView'][] = [
  { id: 1, kecamatanId: 1, code: 'UMPEG', name: 'Subbag Umum dan Kepegawaian', kind: 'SUBBAG', reporting: true, active: true, sortOrder: 10, pengelola: false, version: 0 },
  { id: 2, kecamatanId: 1, code: 'PERKEU', name: 'Subbag Perencanaan dan Keuangan', kind: 'SUBBAG', reporting: true, active: true, sortOrder: 20, pengelola: true, version: 0 },
  { id: 3, kecamatanId: 1, code: 'PEM', name: 'Seksi Pemerintahan', kind: 'SEKSI', reporting: true, active: true, sortOrder: 30, pengelola: false, version: 0 },
]

export function demoContent(): Schemas['FormContent'] {
  return {
    letter: {
      perihal: 'Permohonan Pengisian Data Kinerja Tahun 2026',
      body: 'Dengan hormat, mohon diisi.',
      deadline: '2027-01-15',
      addresseeUnitIds: [1, 2, 3],
    },
    sasaran: [
      {
        code: 'S1',
        name: 'Meningkatnya kualitas pelayanan publik kecamatan',
        indicators: [
          { code: 'S1.1', name: 'Indeks Kepuasan Masyarakat', satuan: 'indeks', dataType: 'index', polarity: 'higher_is_better', aggregation: 'none', target: 82.5, reportingUnitIds: [3], guidance: undefined },
          { code: 'S1.2', name: 'Persentase layanan tepat waktu', satuan: '%', dataType: 'percent', polarity: 'higher_is_better', aggregation: 'none', target: 95, reportingUnitIds: [3] },
        ],
      },
      {
        code: 'S2',
        name: 'Meningkatnya akuntabilitas kinerja',
        indicators: [
          { code: 'S2.1', name: 'Nilai SAKIP', satuan: 'nilai', dataType: 'index', polarity: 'higher_is_better', aggregation: 'none', target: 70, reportingUnitIds: [2] },
        ],
      },
    ],
  }
}

export function demoForm(overrides: Partial<Schemas['FormView']> = {}): Schemas['FormView'] {
  return {
    id: 2,
    cycleId: 2,
    kecamatanId: 1,
    year: 2026,
    state: 'AWAITING_PARAF',
    step: 3,
    stepTitle: 'Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data',
    origin: 'CLONED',
    clonedFromFormId: 1,
    versionNumber: 3,
    contentSha256: 'a'.repeat(64),
    content: demoContent(),
    round: 1,
    stateChangedAt: '2026-11-26T02:00:00Z',
    approvals: [],
    notes: [],
    verbs: ['form.read', 'form.paraf'],
    transitions: ['PARAF', 'REFUSE_PARAF'],
    editable: false,
    version: 7,
    ...overrides,
  }
}

export const demoKecamatan: Schemas['KecamatanView'] = {
  id: 1,
  kabupatenId: 1,
  kabupatenName: 'Kabupaten Sukoharjo',
  code: '33.11.02',
  name: 'Bulu',
  timeZone: 'Asia/Jakarta',
  verbs: ['form.read'],
}
