import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import ApprovalReview from './ApprovalReview.vue'
import type { Schemas } from '../api/client'
import { useSessionStore } from '../stores/session'
import { fakeApi, json } from '../testing/fakeApi'
import { demoForm, demoUnits } from '../testing/demoForm'
import { demoRecap } from '../testing/demoKinerja'

const CAMAT = 9
const HASH = 'ab'.repeat(32)

function approval(overrides: Partial<Schemas['ApprovalView']>): Schemas['ApprovalView'] {
  return {
    id: 1,
    kind: 'PARAF',
    decision: 'APPROVED',
    documentVersion: 5,
    contentSha256: HASH,
    officialUserId: 4,
    officialName: 'Drs. Sekcam',
    capacityRole: 'SEKCAM',
    capacityTitle: 'Sekretaris Kecamatan Bulu',
    at: '2026-11-20T02:00:00Z',
    ...overrides,
  } as Schemas['ApprovalView']
}

const entry = (action: string, actorName: string, capacity: string, at: string) =>
  ({ at, action, actorName, capacity, details: {} }) as Schemas['TimelineEntry']

const noDiff = { letter: [], sasaranAdded: [], sasaranRemoved: [], indicatorsAdded: [], indicatorsRemoved: [] }

describe('ApprovalReview', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useSessionStore().me = { user: { id: CAMAT } } as Schemas['MeView']
  })
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('sums up the form, whose hands it went through and what changed since the version the Camat refused', async () => {
    const api = fakeApi({
      'GET /api/v1/forms/2/timeline': () =>
        json([
          entry('EDIT', 'Staf Perencanaan', 'Staf Subbag Perencanaan dan Keuangan', '2026-11-18T02:00:00Z'),
          entry('CORRECT', 'Kasubbag Umum', 'Kepala Subbagian Umum dan Kepegawaian', '2026-11-19T02:00:00Z'),
          entry('PARAF', 'Drs. Sekcam', 'Sekretaris Kecamatan Bulu', '2026-11-20T02:00:00Z'),
        ]),
      'GET /api/v1/forms/2/diff': () =>
        json({
          ...noDiff,
          from: 'Versi 3',
          to: 'Versi 5',
          letter: [{ field: 'perihal', from: 'Pengisian Data Kinerja 2025', to: 'Pengisian Data Kinerja 2026' }],
          indicatorsChanged: [],
        }),
    })
    const form = demoForm({
      versionNumber: 5,
      contentSha256: HASH,
      approvals: [
        approval({ id: 1, kind: 'SIGNATURE', decision: 'REFUSED', documentVersion: 3, officialUserId: CAMAT, voidedAt: '2026-11-17T00:00:00Z' }),
        approval({ id: 2 }),
      ],
    })
    const { emitted } = render(ApprovalReview, { props: { kind: 'form', view: form, transition: 'SIGN', units: demoUnits } })

    const dialog = await screen.findByRole('dialog', { name: 'Tinjau sebelum menandatangani' })
    await within(dialog).findByText('Riwayat versi ini')
    expect(dialog.textContent).toContain('Formulir data kinerja tahun 2026 beserta surat pemberitahuannya, versi 5')
    const trail = [...dialog.querySelectorAll('.review__trail > div')].map((d) => d.querySelector('dt')?.textContent)
    expect(trail).toEqual(['Disiapkan', 'Dikoreksi', 'Diparaf'])
    expect(dialog.querySelector('.review__trail')?.textContent).toContain('Kasubbag Umum, Kepala Subbagian Umum dan Kepegawaian')
    // compared with the version the Camat last decided on, the changed word marked
    expect(within(dialog).getByText('Perubahan sejak versi 3, yang terakhir Anda putuskan:')).toBeTruthy()
    expect(api.calls.some((c) => c.path === '/api/v1/forms/2/diff')).toBe(true)
    expect([...dialog.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['2026'])
    // the hash is there for those who look, not the headline
    expect(dialog.querySelector('details code')?.textContent).toBe(HASH)
    expect(dialog.querySelector('.review__what')?.textContent).not.toContain(HASH)

    const confirm = within(dialog).getByRole('button', { name: 'Tanda tangani versi 5' })
    await vi.waitFor(() => expect(document.activeElement).toBe(confirm))
    await fireEvent.click(confirm)
    expect(emitted().confirm).toHaveLength(1)
  })

  it('lists the recap values changed since the version the Sekcam last decided on, with who and why', async () => {
    fakeApi({
      'GET /api/v1/recaps/1/timeline': () => json([entry('ENTER', 'Staf Perencanaan', 'Staf', '2026-11-18T02:00:00Z')]),
      'GET /api/v1/recaps/1/history': () =>
        json([
          { indicatorCode: 'S1.1', unitId: 3, kind: 'ENTERED', newValue: 10, actorName: 'Staf', at: '2026-11-18T02:00:00Z', recapVersion: 1 },
          { indicatorCode: 'S2.3', unitId: 3, kind: 'CORRECTED', oldValue: 10, newValue: 11, reason: 'Sesuai rekap desa', actorName: 'Staf Perencanaan', at: '2026-11-21T02:00:00Z', recapVersion: 4 },
        ]),
    })
    const recap = demoRecap({
      versionNumber: 4,
      approvals: [approval({ kind: 'PARAF', decision: 'REFUSED', documentVersion: 2, officialUserId: CAMAT })],
    })
    render(ApprovalReview, { props: { kind: 'recap', view: recap, transition: 'PARAF' } })

    const dialog = await screen.findByRole('dialog', { name: 'Tinjau sebelum memaraf' })
    const changes = await within(dialog).findByRole('list')
    expect(changes.querySelectorAll('li')).toHaveLength(1)
    expect(changes.textContent).toContain('S2.3')
    expect(changes.textContent).toContain('Sesuai rekap desa')
    expect(changes.querySelector('del')?.textContent).toBe('10')
    expect(changes.querySelector('ins')?.textContent).toBe('11')
  })

  it('tells the official who refused this very version that its content has not changed since', async () => {
    fakeApi({ 'GET /api/v1/recaps/1/timeline': () => json([]) })
    const recap = demoRecap({
      versionNumber: 4,
      approvals: [approval({ kind: 'SIGNATURE', decision: 'REFUSED', documentVersion: 4, officialUserId: CAMAT, reason: 'Nilai S2.3 janggal' })],
    })
    render(ApprovalReview, { props: { kind: 'recap', view: recap, transition: 'SIGN' } })
    const dialog = await screen.findByRole('dialog', { name: 'Tinjau sebelum menandatangani' })
    await within(dialog).findByText('Riwayat versi ini')
    expect(dialog.querySelector('[data-refused-before]')?.textContent).toMatch(
      /^\s*Anda menolak versi 4 ini pada .+ \(Nilai S2\.3 janggal\); isinya tidak berubah sejak itu\.\s*$/,
    )
  })

  it('says there is nothing to compare with when the official never decided on this document', async () => {
    fakeApi({ 'GET /api/v1/recaps/1/timeline': () => json([]) })
    render(ApprovalReview, { props: { kind: 'recap', view: demoRecap(), transition: 'VALIDATE' } })
    const dialog = await screen.findByRole('dialog', { name: 'Tinjau sebelum memvalidasi' })
    expect(await within(dialog).findByText(/Belum ada versi sebelumnya yang Anda putuskan/)).toBeTruthy()
  })
})
