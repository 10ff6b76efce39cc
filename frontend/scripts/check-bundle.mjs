// Fails the build when the JavaScript of the first load (the entry script and the chunks index.html
// preloads) passes its budget, or when echarts ends up in it: the charts belong to the dashboard's
// lazy chunk. Prints the sizes either way.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const BUDGET_GZIP_BYTES = 150 * 1024
const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const html = readFileSync(`${dist}index.html`, 'utf8')
const initial = [...new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]))]
if (!initial.length) throw new Error('check-bundle: no script found in dist/index.html')

let total = 0
const offenders = []
for (const file of initial) {
  const code = readFileSync(`${dist}${file}`)
  const gzip = gzipSync(code, { level: 9 }).length
  total += gzip
  // zrender is echarts' drawing layer; its name survives minification in error messages and class ids
  if (/zrender|echarts/i.test(code.toString('utf8'))) offenders.push(file)
  console.log(`${file.padEnd(50)} ${(code.length / 1024).toFixed(2).padStart(8)} kB  gzip ${(gzip / 1024).toFixed(2).padStart(7)} kB`)
}
console.log(`first load: ${(total / 1024).toFixed(2)} kB gzip of ${BUDGET_GZIP_BYTES / 1024} kB`)
if (offenders.length) {
  console.error(`echarts is in the first load (${offenders.join(', ')}): import it only from the dashboard's route`)
  process.exit(1)
}
if (total > BUDGET_GZIP_BYTES) {
  console.error('the first load is over its budget')
  process.exit(1)
}
