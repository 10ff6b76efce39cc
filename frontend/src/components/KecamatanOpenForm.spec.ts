import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { createPinia, setActivePinia } from 'pinia'
import KecamatanOpenForm from './KecamatanOpenForm.vue'
import { fakeApi, json, problemWith } from '../testing/fakeApi'

function show() {
  setActivePinia(createPinia())
  return render(KecamatanOpenForm, { props: { kabupatenId: 7 } })
}

async function fill() {
  await fireEvent.update(screen.getByLabelText('Kode wilayah'), ' 33.11.05 ')
  await fireEvent.update(screen.getByLabelText('Nama kecamatan'), 'Nguter')
  await fireEvent.update(screen.getByLabelText('Nama pengguna'), 'admin.nguter')
  await fireEvent.update(screen.getByLabelText('Kata sandi awal'), 'sandi-awal-nguter')
  await fireEvent.update(screen.getByLabelText('Nama lengkap'), 'Admin Nguter')
  await fireEvent.update(screen.getByLabelText('Status kepegawaian'), 'NON_ASN')
  await fireEvent.update(screen.getByLabelText('Jabatan'), 'Pranata Komputer')
}

describe('KecamatanOpenForm', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('opens the kecamatan with its first administrator in one request', async () => {
    const sent: unknown[] = []
    fakeApi({
      'POST /api/v1/kecamatan': async (request: Request) => {
        sent.push(await request.json())
        return json({ kecamatan: { id: 9, name: 'Nguter' }, admin: { username: 'admin.nguter' }, sopVersionId: 3 }, 201)
      },
    })
    const { emitted } = show()
    await fill()
    await fireEvent.click(screen.getByRole('button', { name: 'Buka kecamatan' }))

    await vi.waitFor(() => expect(emitted().opened).toBeTruthy())
    expect(sent).toEqual([{
      kabupatenId: 7,
      code: '33.11.05',
      name: 'Nguter',
      timeZone: 'Asia/Jakarta',
      admin: { username: 'admin.nguter', password: 'sandi-awal-nguter', fullName: 'Admin Nguter', employment: 'NON_ASN', jabatan: 'Pranata Komputer' },
    }])
    expect((screen.getByLabelText('Kode wilayah') as HTMLInputElement).value).toBe('')
  })

  it("shows the administrator's refused password next to its field and keeps what was typed", async () => {
    fakeApi({
      'POST /api/v1/kecamatan': () => problemWith(400, 'validation-failed', {
        errors: [{ field: 'password', code: 'TOO_SHORT', params: { min: '10' }, message: 'too short' }],
      }),
    })
    show()
    await fill()
    await fireEvent.click(screen.getByRole('button', { name: 'Buka kecamatan' }))

    expect(await screen.findByText('Paling sedikit 10 karakter.')).toBeTruthy()
    expect((screen.getByLabelText('Nama kecamatan') as HTMLInputElement).value).toBe('Nguter')
  })
})
