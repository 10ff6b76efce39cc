import type { SopData, SopDuration, SopStepData } from '../lib/sla'

/**
 * The SOP Pengumpulan Data Kinerja Kecamatan Bulu as the API serves it, for component tests: eleven
 * steps in five pelaksana lanes, with the SOP's requirements, mutu baku and outputs.
 */

const days = (amount: number): SopDuration => ({ amount, unit: 'DAYS', perUnit: false })
const minutes = (amount: number, perUnit = false): SopDuration => ({ amount, unit: 'MINUTES', perUnit })

type Row = Omit<SopStepData, 'symbol'> & Partial<Pick<SopStepData, 'symbol'>>

const rows: Row[] = [
  {
    number: 1,
    title: 'Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data',
    lane: 'Staf',
    actorRole: 'STAF',
    requirement: 'Format data kinerja tahun lalu',
    time: '10 hari',
    duration: days(10),
    output: 'Draf format data kinerja dan konsep surat pemberitahuan pengisian data',
    symbol: 'START',
    notes: 'Pembuatan draf data kinerja tergantung dari konteksnya.',
  },
  {
    number: 2,
    title: 'Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data',
    lane: 'Kasubbag',
    actorRole: 'KASUBBAG',
    requirement: 'Draf format data kinerja dan draf surat pemberitahuan sudah dicetak',
    time: '2 hari',
    duration: days(2),
    output: 'Koreksi draf format data kinerja dan surat pemberitahuan',
  },
  {
    number: 3,
    title: 'Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data',
    lane: 'Sekcam',
    actorRole: 'SEKCAM',
    requirement: 'Konsep format data kinerja siap diparaf',
    time: '10 menit',
    duration: minutes(10),
    output: 'Konsep format data kinerja dan surat pemberitahuan di atas meja Sekretaris Kecamatan',
  },
  {
    number: 4,
    title: 'Menerima dan menandatangani format data kinerja dan surat pemberitahuan',
    lane: 'Camat',
    actorRole: 'CAMAT',
    requirement: 'Konsep format data kinerja dan surat pemberitahuan siap di atas meja dan sudah diparaf',
    time: '10 menit',
    duration: minutes(10),
    output: 'Format data kinerja dan surat pemberitahuan ditandatangani',
    symbol: 'DECISION',
    decision: 'Tidak',
    refusalStep: 1,
    notes: 'Tergantung volume pekerjaan',
  },
  {
    number: 5,
    title: 'Menerima, memberi nomor dan menggandakan format data kinerja dan surat pemberitahuan',
    lane: 'Kasubbag',
    actorRole: 'KASUBBAG',
    requirement: 'Format data kinerja dan surat pemberitahuan telah ditandatangani',
    time: '1 hari',
    duration: days(1),
    output: 'Format siap dikirim',
  },
  {
    number: 6,
    title: 'Mendistribusikan format data kinerja dan surat pemberitahuan ke subbag dan seksi',
    lane: 'Kasubbag dan Kasi',
    actorRole: 'KASUBBAG',
    requirement: 'Format data kinerja dalam bentuk cetak serta surat pemberitahuan tersedia siap dikirim',
    time: '60 menit',
    duration: minutes(60),
    output: 'Format data kinerja dan surat pemberitahuan terdistribusi ke bagian',
  },
  {
    number: 7,
    title: 'Menerima dan memverifikasi data kinerja dari subbag dan seksi',
    lane: 'Sekcam',
    actorRole: 'SEKCAM',
    requirement: 'Data kinerja dari subbag/seksi',
    time: '30 menit per bagian',
    duration: minutes(30, true),
    output: 'Data terverifikasi, atau dikembalikan ke bagian bila tidak lengkap',
    notes: 'Jika data tidak lengkap akan dikembalikan ke bagian',
  },
  {
    number: 8,
    title: 'Memasukkan dan menyerahkan data kinerja kepada Kasubbag yang membidangi',
    lane: 'Staf',
    actorRole: 'STAF',
    requirement: 'Data kinerja dari subbag/seksi',
    time: '30 menit per bagian',
    duration: minutes(30, true),
    output: 'Rekap data kinerja',
  },
  {
    number: 9,
    title: 'Memvalidasi data kinerja',
    lane: 'Kasubbag',
    actorRole: 'KASUBBAG',
    requirement: 'Data kinerja dari subbag/seksi',
    time: '5 hari',
    duration: days(5),
    output: 'Rekap data kinerja tervalidasi',
  },
  {
    number: 10,
    title: 'Memaraf data kinerja',
    lane: 'Sekcam',
    actorRole: 'SEKCAM',
    requirement: 'Data kinerja dari subbag/seksi',
    time: '5 menit',
    duration: minutes(5),
    output: 'Rekap data kinerja diparaf',
  },
  {
    number: 11,
    title: 'Menandatangani data kinerja',
    lane: 'Camat',
    actorRole: 'CAMAT',
    requirement: 'Data kinerja',
    time: '5 menit',
    duration: minutes(5),
    output: 'Data kinerja ditandatangani dan diarsipkan',
    symbol: 'END',
  },
]

export const demoSop: SopData = {
  versionId: 1,
  version: 1,
  lanes: ['Staf', 'Kasubbag', 'Sekcam', 'Camat', 'Kasubbag dan Kasi'],
  steps: rows.map((row) => ({ symbol: 'PROCESS', decision: null, refusalStep: null, notes: null, ...row })),
}
