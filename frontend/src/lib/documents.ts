import type { DocumentAction, DocumentKind, DocumentTransition, DocumentView, SaveBody } from '../api/documents'
import { TIMELINE_ACTION_LABELS, stateLabel } from './formLabels'
import { RECAP_ACTION_LABELS, SUBMISSION_ACTION_LABELS, recapStateLabel, submissionStateLabel } from './kinerjaLabels'

/**
 * One configuration per document kind: what its action bar offers and how (labels in SOP order, which
 * transitions ask a reason and with which dialog, which carry the hash of the version shown), what the
 * page says after each transition, and the words its problems are told in. The API decides which
 * transitions a user may make; this only says how to present them.
 */

export interface ReasonDialogConfig<V> {
  title: string
  explanation: string | ((view: V) => string)
  confirm: string
  /** Notes per indicator with the reason: plain, or each with its kind (the Sekcam's reason codes). */
  notes?: 'plain' | 'reason-codes'
}

export interface ActionConfig<V> {
  label: string
  /** Asks for a reason first, in this dialog. */
  reason?: ReasonDialogConfig<V>
  /** Sends the hash of the version shown, so the decision is bound to what the official saw. */
  onHash?: boolean
  /** Approves the version shown: the bar then says which version and hash. */
  approves?: boolean
  /** A quiet button; those asking a reason are otherwise marked as refusals. */
  secondary?: boolean
  /** Said above the buttons while the transition is offered. */
  hint?: string
  /** An optional text the user may give with it. */
  input?: { label: string; hint: string; maxlength: number }
  /** Said while the server works on it, for the transitions that take a while (they print documents). */
  working?: string
}

export interface Outcome<K extends DocumentKind> {
  shown: DocumentView<K>
  now: DocumentView<K>
  action: DocumentAction<K>
}

export interface SaveOutcome<K extends DocumentKind> {
  shown: DocumentView<K>
  now: DocumentView<K>
  body: SaveBody<K>
}

export interface DocumentKindConfig<K extends DocumentKind> {
  /** The document in a sentence, lower case: "formulir", "data unit", "rekap". */
  noun: string
  stateLabel: (state: string | null | undefined) => string
  /** What each entry of its history means. */
  timelineLabels: Record<string, string>
  /** The buttons of the action bar, in the order of the SOP; transitions not named here are not offered there. */
  actions: Partial<Record<DocumentTransition<K>, ActionConfig<DocumentView<K>>>>
  /** What the status line says once a transition is recorded. */
  done: Partial<Record<DocumentTransition<K>, (outcome: Outcome<K>) => string>>
  /** What the status line says once a save is stored. */
  saved: (outcome: SaveOutcome<K>) => string
  /** What is said when the API finds the document incomplete for a transition (422 with field errors). */
  incomplete?: Partial<Record<DocumentTransition<K>, string>>
  /** What a conflict (409 conflict) means for a transition. */
  conflict?: Partial<Record<DocumentTransition<K>, string>>
  /** The indicators notes may concern. */
  indicators?: (view: DocumentView<K>) => { code: string; name: string }[]
}

const RETURN_TO_STEP_1 = 'Formulir dan surat kembali ke Staf (langkah 1) untuk diperbaiki.'

export const FORM_DOCUMENT: DocumentKindConfig<'form'> = {
  noun: 'formulir',
  stateLabel,
  timelineLabels: TIMELINE_ACTION_LABELS,
  actions: {
    SUBMIT_FOR_CORRECTION: { label: 'Kirim ke Kasubbag untuk dikoreksi' },
    FORWARD_TO_SEKCAM: { label: 'Teruskan ke Sekcam untuk diparaf' },
    RETURN_TO_STAF: {
      label: 'Kembalikan ke Staf',
      reason: { title: 'Kembalikan ke Staf', explanation: RETURN_TO_STEP_1, confirm: 'Kembalikan', notes: 'plain' },
    },
    PARAF: { label: 'Beri paraf', onHash: true, approves: true },
    REFUSE_PARAF: {
      label: 'Tolak paraf',
      onHash: true,
      reason: { title: 'Tolak paraf', explanation: RETURN_TO_STEP_1, confirm: 'Tolak paraf', notes: 'plain' },
    },
    SIGN: { label: 'Tanda tangani', onHash: true, approves: true },
    REFUSE_SIGNATURE: {
      label: 'Tidak (kembalikan ke Staf)',
      onHash: true,
      reason: {
        title: 'Tidak menandatangani',
        explanation: 'Formulir dan surat kembali ke Staf (langkah 1); seluruh riwayat tetap tersimpan.',
        confirm: 'Kirim keputusan "Tidak"',
        notes: 'plain',
      },
    },
    WITHDRAW: {
      label: 'Tarik kembali ke draf',
      reason: {
        title: 'Tarik kembali ke draf',
        explanation: 'Formulir kembali menjadi draf; paraf yang sudah diberikan dibatalkan (tetap tercatat di riwayat).',
        confirm: 'Tarik kembali',
      },
    },
    NUMBER: {
      label: 'Beri nomor surat',
      working: 'Memberi nomor dan mencetak surat beserta salinan untuk setiap unit tujuan…',
      input: {
        label: 'Kode klasifikasi (opsional)',
        hint: 'Kosongkan untuk memakai kode klasifikasi kecamatan, misalnya 000.1.5.',
        maxlength: 40,
      },
    },
    DISPATCH: { label: 'Kirim ke unit kerja' },
  },
  done: {
    SUBMIT_FOR_CORRECTION: () => 'Formulir dan surat telah dikirim ke Kasubbag untuk dikoreksi.',
    FORWARD_TO_SEKCAM: () => 'Formulir dan surat telah diteruskan ke Sekcam untuk diparaf.',
    RETURN_TO_STAF: () => 'Formulir telah dikembalikan ke Staf beserta alasannya.',
    PARAF: ({ shown }) => `Paraf Anda atas versi ${shown.versionNumber} telah dicatat. Formulir diteruskan ke Camat.`,
    REFUSE_PARAF: () => 'Penolakan paraf telah dicatat. Formulir kembali ke Staf.',
    SIGN: ({ shown }) => `Tanda tangan Anda atas versi ${shown.versionNumber} telah dicatat.`,
    REFUSE_SIGNATURE: () => 'Keputusan "Tidak" telah dicatat. Formulir kembali ke Staf.',
    WITHDRAW: () => 'Formulir telah ditarik kembali menjadi draf.',
    NUMBER: ({ now }) => `Surat telah diberi nomor ${now.letterNumber?.number ?? ''}.`,
    DISPATCH: () => 'Formulir dan surat telah dikirim ke setiap unit tujuan.',
  },
  saved: ({ shown, now }) =>
    now.versionNumber === shown.versionNumber
      ? 'Tidak ada perubahan untuk disimpan.'
      : `Perubahan telah disimpan sebagai versi ${now.versionNumber}.`,
  incomplete: {
    SUBMIT_FOR_CORRECTION: 'Formulir belum lengkap untuk dikirim. Lengkapi isian yang ditandai lalu simpan.',
  },
  indicators: (view) => view.content.sasaran.flatMap((s) => s.indicators.map((i) => ({ code: i.code, name: i.name }))),
}

export const SUBMISSION_DOCUMENT: DocumentKindConfig<'submission'> = {
  noun: 'data unit',
  stateLabel: (state) => submissionStateLabel(state),
  timelineLabels: SUBMISSION_ACTION_LABELS,
  actions: {
    VERIFY: { label: 'Verifikasi' },
    RETURN: {
      label: 'Kembalikan',
      reason: {
        title: 'Kembalikan data ke unit kerja',
        explanation: (view) =>
          `Data ${view.unitName} dikembalikan untuk diperbaiki. Catatan per indikator tampil di samping indikatornya.`,
        confirm: 'Kembalikan',
        notes: 'reason-codes',
      },
    },
    MARK_NOT_SUBMITTED: {
      label: 'Tandai tidak menyampaikan',
      reason: {
        title: 'Tandai tidak menyampaikan',
        explanation: (view) =>
          `${view.unitName} dicatat tidak menyampaikan data; rekap menampilkannya sebagai “Tidak menyampaikan”, bukan nol.`,
        confirm: 'Tandai tidak menyampaikan',
      },
    },
  },
  done: {
    SUBMIT: () => 'Data telah disampaikan kepada Sekretaris Kecamatan untuk diverifikasi.',
    VERIFY: ({ shown }) => `Data ${shown.unitName} telah diverifikasi.`,
    RETURN: ({ shown }) => `Data telah dikembalikan ke ${shown.unitName} beserta alasan dan catatannya.`,
    MARK_NOT_SUBMITTED: ({ shown }) => `${shown.unitName} telah ditandai tidak menyampaikan data.`,
  },
  saved: () => 'Data telah disimpan. Capaian dihitung dari nilai yang tersimpan.',
  incomplete: { SUBMIT: 'Data belum lengkap untuk disampaikan. Lengkapi isian yang ditandai, simpan, lalu sampaikan.' },
  indicators: (view) => view.indicators.map((i) => ({ code: i.code, name: i.name })),
}

const RECAP_BACK_TO_STEP_8 = 'Rekap kembali ke Staf (langkah 8)'

export const RECAP_DOCUMENT: DocumentKindConfig<'recap'> = {
  noun: 'rekap',
  stateLabel: recapStateLabel,
  timelineLabels: RECAP_ACTION_LABELS,
  actions: {
    REQUEST_VALIDATION: { label: 'Serahkan ke Kasubbag untuk divalidasi' },
    VALIDATE: { label: 'Validasi', onHash: true, approves: true },
    RETURN_TO_STAF: {
      label: 'Kembalikan ke Staf',
      onHash: true,
      reason: { title: 'Kembalikan rekap ke Staf', explanation: `${RECAP_BACK_TO_STEP_8} untuk diperbaiki.`, confirm: 'Kembalikan' },
    },
    PARAF: { label: 'Beri paraf', onHash: true, approves: true },
    REFUSE_PARAF: {
      label: 'Tolak paraf',
      onHash: true,
      reason: {
        title: 'Tolak paraf rekap',
        explanation: `${RECAP_BACK_TO_STEP_8}; validasi yang sudah diberikan dibatalkan.`,
        confirm: 'Tolak paraf',
      },
    },
    SIGN: {
      label: 'Tanda tangani',
      onHash: true,
      approves: true,
      working: 'Mencatat tanda tangan dan mencetak rekap yang ditandatangani…',
    },
    REFUSE_SIGNATURE: {
      label: 'Tidak (kembalikan ke Staf)',
      onHash: true,
      reason: {
        title: 'Tidak menandatangani rekap',
        explanation: `${RECAP_BACK_TO_STEP_8}; paraf yang sudah diberikan dibatalkan dan tetap tercatat.`,
        confirm: 'Kirim keputusan "Tidak"',
      },
    },
    RALAT: {
      label: 'Ralat',
      secondary: true,
      hint: 'Rekap yang telah ditandatangani tidak diubah. Ralat membuat versi baru yang melalui langkah 8–11 kembali.',
      reason: {
        title: 'Mulai ralat',
        explanation:
          'Rekap baru dengan data yang sama dibuat untuk dikoreksi; rekap ini tetap tersimpan dan ditandai digantikan setelah ralat ditandatangani.',
        confirm: 'Mulai ralat',
      },
    },
  },
  done: {
    ENTER: ({ shown, action }) =>
      `Data ${shown.units.find((u) => u.unitId === action.unitId)?.unitName ?? 'unit'} telah dimasukkan ke rekap.`,
    REQUEST_VALIDATION: () => 'Rekap telah diserahkan kepada Kasubbag untuk divalidasi.',
    VALIDATE: ({ shown }) =>
      `Validasi Anda atas versi ${shown.versionNumber} telah dicatat. Rekap diteruskan kepada Sekcam untuk diparaf.`,
    RETURN_TO_STAF: () => 'Rekap telah dikembalikan kepada Staf beserta alasannya.',
    PARAF: ({ shown }) => `Paraf Anda atas versi ${shown.versionNumber} telah dicatat. Rekap diteruskan kepada Camat.`,
    REFUSE_PARAF: () => 'Penolakan paraf telah dicatat. Rekap kembali kepada Staf.',
    SIGN: ({ shown }) =>
      `Tanda tangan Anda atas versi ${shown.versionNumber} telah dicatat. Data kinerja telah ditandatangani.`,
    REFUSE_SIGNATURE: () => 'Keputusan "Tidak" telah dicatat. Rekap kembali kepada Staf.',
    RALAT: () => 'Ralat telah dimulai: rekap baru ini melalui pemasukan data, validasi, paraf, dan tanda tangan kembali.',
  },
  saved: ({ shown, body }) => {
    const [first] = body.corrections
    const unit = shown.units.find((u) => u.unitId === first?.unitId)?.unitName ?? 'unit'
    return `Nilai ${first?.indicatorCode ?? ''} untuk ${unit} telah dikoreksi; alasannya tercatat di riwayat nilai.`
  },
  incomplete: {
    REQUEST_VALIDATION: 'Rekap belum dapat diserahkan kepada Kasubbag. Selesaikan dulu hal berikut, lalu serahkan kembali.',
  },
  conflict: {
    RALAT: 'Ralat atas rekap ini sudah berjalan; lanjutkan ralat tersebut dari tab Rekap pada halaman formulir.',
    ENTER: 'Data unit ini sudah dimasukkan ke rekap.',
  },
}

export const DOCUMENT_KINDS: { [K in DocumentKind]: DocumentKindConfig<K> } = {
  form: FORM_DOCUMENT,
  submission: SUBMISSION_DOCUMENT,
  recap: RECAP_DOCUMENT,
}
