import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import IncomingDispatches from './IncomingDispatches.vue'
import { useSessionStore } from '../stores/session'
import { demoMe, fakeApi, json } from '../testing/fakeApi'
import type { Schemas } from '../api/client'

const sent: Schemas['DispatchView'] = {
  id: 11,
  formId: 2,
  year: 2026,
  unitId: 3,
  unitName: 'Seksi Pemerintahan',
  state: 'SENT',
  sentAt: '2026-11-26T03:00:00Z',
  letterNumber: '000.1.5/001/Kec.Bulu/2026',
  canConfirmReceipt: true,
}
const received: Schemas['DispatchView'] = {
  ...sent,
  id: 10,
  year: 2025,
  state: 'RECEIVED',
  receivedAt: '2026-11-26T04:00:00Z',
  receivedByName: 'Agus Setyawan, S.IP.',
  receivedCapacity: 'Kepala Seksi Pemerintahan',
  canConfirmReceipt: false,
}

async function renderFor(positions: Schemas['MeView']['positions']) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = { ...demoMe, positions }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/formulir/:id', name: 'form', component: { template: '<p />' } }],
  })
  render(IncomingDispatches, { global: { plugins: [pinia, router] } })
}

describe('IncomingDispatches', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('lets the head of the unit confirm receipt of what is still outstanding', async () => {
    const api = fakeApi({
      'GET /api/v1/dispatches': () => json([sent, received]),
      'POST /api/v1/dispatches/11/receipts': () =>
        json({ ...sent, state: 'RECEIVED', canConfirmReceipt: false, receivedAt: '2026-11-26T05:30:00Z', receivedByName: 'Agus Setyawan, S.IP.' }),
    })
    await renderFor([{ role: 'KASI', roleLabel: 'Kepala Seksi', title: 'Kepala Seksi Pemerintahan', kecamatanId: 1, unitId: 3 }])

    const buttons = await screen.findAllByRole('button', { name: /^Konfirmasi terima/ })
    expect(buttons).toHaveLength(1)
    // a screen reader says which unit and year, word by word (not "terimauntuk")
    expect(screen.getByRole('button', { name: `Konfirmasi terima untuk ${sent.unitName} tahun ${sent.year}` })).toBe(buttons[0])
    expect(screen.getByText(/Diterima\s+oleh Agus Setyawan, S.IP. \(Kepala Seksi Pemerintahan\)/)).toBeTruthy()
    await fireEvent.click(buttons[0])

    await vi.waitFor(() => expect(api.callsTo('POST /api/v1/dispatches/11/receipts')).toHaveLength(1))
    await vi.waitFor(() => expect(screen.queryAllByRole('button', { name: /^Konfirmasi terima/ })).toHaveLength(0))
    expect(screen.getByRole('status').textContent).toContain('Penerimaan format data kinerja tahun 2026 untuk Seksi Pemerintahan telah dicatat.')
  })

  it('offers no confirmation to someone who does not head the unit', async () => {
    fakeApi({ 'GET /api/v1/dispatches': () => json([{ ...sent, canConfirmReceipt: false }]) })
    await renderFor([{ role: 'STAF', roleLabel: 'Staf', title: 'Staf Seksi Pemerintahan', kecamatanId: 1, unitId: 3 }])

    expect(await screen.findByText(/Terkirim, belum diterima/)).toBeTruthy()
    expect(screen.queryByRole('button')).toBeNull()
  })
})
