import type { Schemas } from '../api/client'

/** A unit's submission and a kecamatan recap of Kecamatan Bulu for component tests. */

type SubmissionIndicator = Schemas['SubmissionIndicator']

function indicator(overrides: Partial<SubmissionIndicator> & Pick<SubmissionIndicator, 'code' | 'name' | 'dataType'>): SubmissionIndicator {
  return {
    sasaranCode: 'S2',
    sasaranName: 'Meningkatnya kualitas penyelenggaraan pemerintahan desa',
    satuan: '%',
    polarity: 'higher_is_better',
    evidenceRequired: false,
    notes: [],
    ...overrides,
  }
}

export function demoSubmission(overrides: Partial<Schemas['SubmissionView']> = {}): Schemas['SubmissionView'] {
  return {
    id: 2,
    formId: 2,
    year: 2026,
    kecamatanId: 1,
    unitId: 3,
    unitName: 'Seksi Pemerintahan',
    state: 'RETURNED',
    step: 7,
    stepTitle: 'Mengisi dan menyampaikan data kinerja unit',
    round: 1,
    returnedCount: 1,
    stateChangedAt: '2026-11-26T03:00:00Z',
    received: true,
    indicators: [
      indicator({ code: 'S2.1', name: 'Persentase desa yang menyampaikan laporan tepat waktu', dataType: 'percent', target: 100, value: 100, capaian: 100, band: 'sangat tinggi' }),
      indicator({
        code: 'S2.2',
        name: 'Persentase desa yang menetapkan APBDes tepat waktu',
        dataType: 'percent',
        target: 100,
        value: 100,
        capaian: 100,
        band: 'sangat tinggi',
        notes: [
          {
            round: 1,
            indicatorCode: 'S2.2',
            reasonCode: 'INCONSISTENT',
            text: 'Dari 12 desa, 11 menetapkan APBDes tepat waktu.',
            authorCapacity: 'Sekretaris Kecamatan Bulu',
            createdAt: '2026-11-26T03:00:00Z',
          },
        ],
      }),
      indicator({ code: 'S2.3', name: 'Jumlah desa yang dibina', dataType: 'number', satuan: 'desa', target: 12, value: 12, capaian: 100, band: 'sangat tinggi' }),
      indicator({
        sasaranCode: 'S4',
        sasaranName: 'Meningkatnya keberdayaan masyarakat dan desa',
        code: 'S4.3',
        name: 'Tersedianya laporan monitoring Dana Desa',
        dataType: 'yesno',
        satuan: 'ada/tidak',
        target: 1,
        evidenceRequired: true,
        capaianNote: 'belum diisi',
      }),
      indicator({
        sasaranCode: 'S4',
        sasaranName: 'Meningkatnya keberdayaan masyarakat dan desa',
        code: 'S4.9',
        name: 'Uraian kendala pembinaan desa',
        dataType: 'text',
        satuan: '-',
        targetText: 'Diuraikan',
        capaianNote: 'belum diisi',
      }),
    ],
    notes: [
      {
        round: 1,
        reasonCode: 'OTHER',
        text: 'Lengkapi juga keterangan umum.',
        authorCapacity: 'Sekretaris Kecamatan Bulu',
        createdAt: '2026-11-26T03:00:00Z',
      },
    ],
    attachments: [],
    missing: [
      { indicatorCode: 'S4.3', code: 'VALUE_MISSING' },
      { indicatorCode: 'S4.3', code: 'EVIDENCE_MISSING' },
      { indicatorCode: 'S4.9', code: 'VALUE_MISSING' },
    ],
    evidenceLimits: { maxFileBytes: 20971520, maxTotalBytes: 209715200, usedBytes: 0, mediaTypes: ['application/pdf'] },
    verbs: ['form.read', 'submission.read', 'submission.edit', 'submission.submit'],
    transitions: ['SUBMIT'],
    editable: true,
    version: 5,
    ...overrides,
  }
}

export function demoRecap(overrides: Partial<Schemas['RecapView']> = {}): Schemas['RecapView'] {
  return {
    id: 1,
    formId: 2,
    year: 2026,
    kecamatanId: 1,
    state: 'DRAFT',
    step: 8,
    stepTitle: 'Memasukkan dan menyerahkan data kinerja kepada Kasubbag yang membidangi',
    round: 1,
    versionNumber: 4,
    contentSha256: 'c'.repeat(64),
    units: [
      { unitId: 3, unitName: 'Seksi Pemerintahan', submissionState: 'VERIFIED', enteredAt: '2026-11-26T04:00:00Z', status: 'VERIFIED' },
      { unitId: 6, unitName: 'Seksi Kesejahteraan Sosial', submissionState: 'NOT_SUBMITTED', enteredAt: '2026-11-26T04:05:00Z', status: 'NOT_SUBMITTED' },
      { unitId: 7, unitName: 'Seksi Pelayanan Umum', submissionState: 'VERIFIED', status: 'NOT_ENTERED' },
    ],
    sasaran: [
      {
        code: 'S2',
        name: 'Meningkatnya kualitas penyelenggaraan pemerintahan desa',
        capaian: 91.67,
        band: 'sangat tinggi',
        indicators: [
          {
            code: 'S2.3',
            name: 'Jumlah desa yang dibina',
            satuan: 'desa',
            dataType: 'number',
            polarity: 'higher_is_better',
            aggregation: 'sum',
            target: 12,
            units: [
              { unitId: 3, unitName: 'Seksi Pemerintahan', value: 11, notSubmitted: false, corrected: true },
              { unitId: 6, unitName: 'Seksi Kesejahteraan Sosial', notSubmitted: true, corrected: false },
            ],
            aggregate: 11,
            capaian: 91.67,
            band: 'sangat tinggi',
          },
        ],
      },
      {
        code: 'S5',
        name: 'Meningkatnya kesejahteraan sosial masyarakat',
        indicators: [
          {
            code: 'S5.1',
            name: 'Persentase usulan bantuan sosial yang diverifikasi tepat waktu',
            satuan: '%',
            dataType: 'percent',
            polarity: 'higher_is_better',
            aggregation: 'none',
            target: 95,
            units: [{ unitId: 6, unitName: 'Seksi Kesejahteraan Sosial', notSubmitted: true, corrected: false }],
            capaianNote: 'belum diisi',
          },
        ],
      },
      {
        code: 'S1',
        name: 'Meningkatnya kualitas pelayanan publik kecamatan',
        indicators: [
          {
            code: 'S1.2',
            name: 'Persentase layanan PATEN yang selesai tepat waktu',
            satuan: '%',
            dataType: 'percent',
            polarity: 'higher_is_better',
            aggregation: 'none',
            target: 95,
            units: [{ unitId: 7, unitName: 'Seksi Pelayanan Umum', notSubmitted: false, corrected: false }],
            capaianNote: 'belum diisi',
          },
        ],
      },
    ],
    approvals: [],
    stateChangedAt: '2026-11-26T04:00:00Z',
    verbs: ['recap.read', 'recap.edit'],
    transitions: ['REQUEST_VALIDATION'],
    editable: true,
    version: 9,
    ...overrides,
  }
}
