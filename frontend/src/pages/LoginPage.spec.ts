import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import LoginPage from './LoginPage.vue'
import { createAppRouter } from '../router'
import { demoMe, fakeApi, json, problem, tokens } from '../testing/fakeApi'

async function renderLogin(path = '/login') {
  const router = createAppRouter(createMemoryHistory())
  const pinia = createPinia()
  render(LoginPage, { global: { plugins: [pinia, router] } })
  await router.push(path)
  await router.isReady()
  return router
}

async function submit(username: string, password: string) {
  await fireEvent.update(screen.getByLabelText(/Nama pengguna atau NIP/), username)
  await fireEvent.update(screen.getByLabelText(/Kata sandi/), password)
  await fireEvent.click(screen.getByRole('button', { name: 'Masuk' }))
}

describe('LoginPage', () => {
  beforeEach(() => sessionStorage.clear())
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('says so in Bahasa Indonesia when the credentials are wrong', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem('invalid-credentials', 401) })
    await renderLogin()

    await submit('sekcam', 'salah')

    expect((await screen.findByRole('alert')).textContent).toBe('Nama pengguna atau kata sandi salah.')
    expect((screen.getByLabelText(/Kata sandi/) as HTMLInputElement).value).toBe('')
  })

  it('tells when to try again after too many attempts', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => problem('too-many-requests', 429, { 'Retry-After': '120' }) })
    await renderLogin()

    await submit('sekcam', 'salah')

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Terlalu banyak percobaan. Coba lagi dalam 2 menit.',
    )
  })

  it('asks for both fields before calling the server', async () => {
    const api = fakeApi({})
    await renderLogin()

    await fireEvent.click(screen.getByRole('button', { name: 'Masuk' }))

    expect(screen.getByText('Nama pengguna atau NIP wajib diisi.')).toBeTruthy()
    expect(screen.getByText('Kata sandi wajib diisi.')).toBeTruthy()
    expect(screen.getByLabelText(/Nama pengguna atau NIP/).getAttribute('aria-invalid')).toBe('true')
    expect(api.fetch).not.toHaveBeenCalled()
  })

  it('goes to the page asked for after signing in', async () => {
    fakeApi({
      'POST /api/v1/auth/login': () => json(tokens(1)),
      'GET /api/v1/me': () => json(demoMe),
    })
    const router = await renderLogin('/login?redirect=/akun/kata-sandi')

    await submit('sekcam', 'kinerja-demo')

    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/akun/kata-sandi'))
  })
})
