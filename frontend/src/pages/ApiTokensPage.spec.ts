import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import ApiTokensPage from './ApiTokensPage.vue'
import { fakeApi, json, noContent } from '../testing/fakeApi'
import type { Schemas } from '../api/client'

const token: Schemas['ApiTokenView'] = {
  id: 3,
  name: 'rekap malam',
  verbs: ['form.read', 'recap.read'],
  expiresAt: '2027-01-01T00:00:00Z',
  active: true,
  createdAt: '2026-12-02T00:00:00Z',
}

function show() {
  const pinia = createPinia()
  setActivePinia(pinia)
  render(ApiTokensPage, { global: { plugins: [pinia] } })
}

describe('ApiTokensPage', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('makes a read-only token by default and shows it once', async () => {
    const sent: Record<string, unknown>[] = []
    fakeApi({
      'GET /api/v1/me/api-tokens': [() => json([]), () => json([token])],
      'POST /api/v1/me/api-tokens': async (request: Request) => {
        sent.push(await request.json())
        return json({ info: token, token: 'eyJ.token.sekali' }, 201)
      },
    })
    show()
    await screen.findByText('Belum ada token.')
    await fireEvent.update(screen.getByLabelText('Nama token'), 'rekap malam')
    await fireEvent.click(screen.getByRole('button', { name: 'Buat token' }))

    expect(await screen.findByText('eyJ.token.sekali')).toBeTruthy()
    expect(sent[0]).toMatchObject({ name: 'rekap malam', validDays: 30 })
    expect(sent[0].verbs).toContain('recap.read')
    expect(sent[0].verbs).not.toContain('recap.sign')
    expect(await screen.findByText('Hanya membaca')).toBeTruthy()
  })

  it('sends every verb of its owner when read-only is unticked, and revokes', async () => {
    const sent: Record<string, unknown>[] = []
    let revoked = false
    fakeApi({
      'GET /api/v1/me/api-tokens': () => json(revoked ? [{ ...token, active: false, revokedAt: '2026-12-02T01:00:00Z' }] : [token]),
      'POST /api/v1/me/api-tokens': async (request: Request) => {
        sent.push(await request.json())
        return json({ info: { ...token, verbs: undefined }, token: 't' }, 201)
      },
      'DELETE /api/v1/me/api-tokens/3': () => {
        revoked = true
        return noContent()
      },
    })
    show()
    await fireEvent.update(await screen.findByLabelText('Nama token'), 'semua')
    await fireEvent.click(screen.getByLabelText('Hanya membaca (disarankan)'))
    await fireEvent.click(screen.getByRole('button', { name: 'Buat token' }))
    await vi.waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]).not.toHaveProperty('verbs')

    await fireEvent.click(await screen.findByRole('button', { name: 'Cabut rekap malam' }))
    expect(await screen.findByText('Dicabut')).toBeTruthy()
  })
})
