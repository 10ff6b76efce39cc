import { api, send, unwrap, type Schemas } from './client'

/** The SOP monitoring sheet of a cycle, the dashboard, and the SOP version a cycle runs on. */

export type SlaStatus = Schemas['SlaStatus']
export type SopView = Schemas['SopView']
export type SopRefusal = Schemas['SopRefusal']
export type StepMonitoring = Schemas['StepMonitoring']
export type UnitMonitoring = Schemas['UnitMonitoring']
export type SopMonitoring = Schemas['SopMonitoring']
export type OpenTaskSla = Schemas['OpenTaskSla']
export type StepTime = Schemas['StepTime']
export type SasaranCapaian = Schemas['SasaranCapaian']
export type CycleSummary = Schemas['CycleSummary']
export type KecamatanDashboard = Schemas['KecamatanDashboard']
export type Dashboard = Schemas['Dashboard']
export type CycleView = Schemas['CycleView']

/** The verb that opens the monitoring sheet and the dashboard. */
export const SLA_READ: Schemas['Verb'] = 'sla.read'

export function getCycle(cycleId: number): Promise<CycleView> {
  return unwrap(api.GET('/api/v1/cycles/{cycleId}', { params: { path: { cycleId } } }))
}

export function getSopVersion(versionId: number): Promise<SopView> {
  return unwrap(api.GET('/api/v1/sop/versions/{versionId}', { params: { path: { versionId } } }))
}

export async function getSopMonitoring(cycleId: number): Promise<SopMonitoring> {
  return (await unwrap(api.GET('/api/v1/cycles/{cycleId}/sop-monitoring', { params: { path: { cycleId } } }))) as SopMonitoring
}

export function getDashboard(kecamatanId?: number): Promise<Dashboard> {
  return unwrap(api.GET('/api/v1/dashboard', { params: { query: kecamatanId === undefined ? {} : { kecamatanId } } }))
}

export type SheetFormat = 'csv' | 'xlsx'

/** The name in Content-Disposition ("attachment; filename=\"monitoring-sop-2026-bulu.xlsx\""), else a default. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null
  return match ? decodeURIComponent(match[1]) : fallback
}

/**
 * Downloads the monitoring sheet as a file. The typed client adds the bearer token (and renews it once
 * after a 401); the bytes come as a blob, saved through a link with `download`.
 */
export async function downloadSopMonitoring(cycleId: number, format: SheetFormat): Promise<string> {
  const { data, response } = await send(
    api.GET('/api/v1/cycles/{cycleId}/sop-monitoring', { params: { path: { cycleId }, query: { format } }, parseAs: 'blob' }),
  )
  const filename = filenameOf(response.headers.get('Content-Disposition'), `monitoring-sop-${cycleId}.${format}`)
  saveBlob(data as unknown as Blob, filename)
  return filename
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
