import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import ServiceAccountsPage from './ServiceAccountsPage.vue'
import { demoMe, fakeApi, json } from '../testing/fakeApi'
import { useSessionStore } from '../stores/session'
import type { Schemas } from '../api/client'

const account: Schemas['ServiceAccountView'] = {
  id: 5,
  clientId: 'svc-0123456789abcdef0123',
  name: 'e-SAKIP Bappeda',
  kabupatenId: 7,
  scopes: ['recaps:read'],
  secretExpiresAt: '2027-12-02T00:00:00Z',
  active: true,
  createdAt: '2026-12-02T00:00:00Z',
  version: 0,
}

function show() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().me = {
    ...demoMe,
    user: { ...demoMe.user, username: 'admin.kabupaten', kabupatenId: 7, kecamatanId: undefined, roles: ['ADMIN'] },
    verbs: ['client.manage', 'kecamatan.manage'],
  }
  render(ServiceAccountsPage, { global: { plugins: [pinia] } })
}

describe('ServiceAccountsPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('makes an account with the chosen scopes and shows its secret once', async () => {
    const sent: unknown[] = []
    fakeApi({
      'GET /api/v1/kabupaten/7/service-accounts': [
        () => json({ items: [] }),
        () => json({ items: [account] }),
      ],
      'POST /api/v1/kabupaten/7/service-accounts': async (request: Request) => {
        sent.push(await request.json())
        return json({ account, clientId: account.clientId, clientSecret: 'rahasia-sekali-saja' }, 201)
      },
    })
    show()
    await screen.findByText('Belum ada akun layanan.')
    await fireEvent.update(screen.getByLabelText('Nama sistem'), ' e-SAKIP Bappeda ')
    await fireEvent.click(screen.getByLabelText(/Rekap \(yang ditandatangani/))
    await fireEvent.click(screen.getByRole('button', { name: 'Buat akun layanan' }))

    expect(await screen.findByText('rahasia-sekali-saja')).toBeTruthy()
    expect(screen.getByText(/hanya ditampilkan sekali ini/)).toBeTruthy()
    expect(sent).toEqual([{ name: 'e-SAKIP Bappeda', scopes: ['recaps:read'], secretValidDays: 365 }])
    expect(await screen.findByText('svc-0123456789abcdef0123')).toBeTruthy()
  })

  it('rotates a secret with the version it read, keeping the old one a day', async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = []
    fakeApi({
      'GET /api/v1/kabupaten/7/service-accounts': () => json({ items: [{ ...account, version: 3 }] }),
      'POST /api/v1/service-accounts/5/secrets': async (request: Request) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() })
        return json({ account: { ...account, version: 4 }, clientId: account.clientId, clientSecret: 'rahasia-baru' })
      },
    })
    show()

    await fireEvent.click(await screen.findByRole('button', { name: 'Ganti rahasia e-SAKIP Bappeda' }))

    expect(await screen.findByText('rahasia-baru')).toBeTruthy()
    expect(sent).toEqual([{ ifMatch: '"3"', body: { previousValidHours: 24 } }])
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/masih berlaku 24 jam/))
  })
})
