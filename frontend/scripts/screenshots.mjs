// Takes the README's screenshots of the main screens, at desktop and phone size, from a running
// server with the demo data: `scripts/screenshots.sh` prepares the documents (three SOP walks) and
// runs this with their ids. Uses Debian's Chromium (never a downloaded browser).
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

const BASE = process.env.BASE_URL ?? 'http://localhost:8080'
const OUT = resolve(process.env.SHOTS_DIR ?? '../docs/screenshots')
const PASSWORD = 'kinerja-demo'
const ids = {
  signedRecap: Number(process.env.SIGNED_RECAP),
  waitingRecap: Number(process.env.WAITING_RECAP),
  verifyForm: Number(process.env.VERIFY_FORM),
  cycle: Number(process.env.CYCLE),
}
for (const [name, value] of Object.entries(ids)) if (!value) throw new Error(`${name} is not set`)

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } }

/** Each screen: who looks at it, where, and what to do before the picture is taken. */
const SCREENS = [
  { name: 'beranda', user: 'sekcam', path: '/', ready: (p) => p.getByRole('heading', { name: 'Tugas Anda' }).waitFor() },
  {
    name: 'verifikasi-beberapa-unit',
    user: 'sekcam',
    path: `/formulir/${ids.verifyForm}?tab=data`,
    ready: async (p) => {
      const all = p.getByLabel(/^Pilih semua yang menunggu verifikasi/)
      await all.check()
    },
  },
  {
    name: 'tinjau-sebelum-tanda-tangan',
    user: 'camat',
    path: `/rekap/${ids.waitingRecap}`,
    ready: async (p) => {
      await p.getByRole('region', { name: 'Tindakan' }).getByRole('button', { name: 'Tanda tangani' }).click()
      await p.getByRole('dialog', { name: 'Tinjau sebelum menandatangani' }).getByText('Riwayat versi ini').waitFor()
    },
  },
  { name: 'rekap-ditandatangani', user: 'camat', path: `/rekap/${ids.signedRecap}`, ready: (p) => p.locator('[data-recap-state]').waitFor() },
  { name: 'alur-sop', user: 'sekcam', path: `/siklus/${ids.cycle}/sop`, ready: (p) => p.getByRole('region', { name: 'Lembar monitoring SOP per langkah' }).waitFor() },
  { name: 'dasbor', user: 'sekcam', path: '/dasbor', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
]

mkdirSync(OUT, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const screen of SCREENS) {
      const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', baseURL: BASE })
      const page = await context.newPage()
      await page.goto('/login')
      await page.getByLabel('Nama pengguna atau NIP', { exact: true }).fill(screen.user)
      await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD)
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await page.getByRole('button', { name: 'Keluar' }).waitFor()
      await page.goto(screen.path)
      await screen.ready(page)
      await page.waitForLoadState('networkidle')
      const file = `${OUT}/${screen.name}-${size}.png`
      await page.screenshot({ path: file })
      console.log(file)
      await context.close()
    }
  }
} finally {
  await browser.close()
}
