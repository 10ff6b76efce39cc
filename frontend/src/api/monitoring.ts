import { api, send, unwrap, type Schemas } from './client'

/**
 * The SOP monitoring sheet of a cycle, the dashboard, and the SOP version a cycle runs on.
 *
 * Until the contract (../openapi.yaml) describes these endpoints, their bodies are written here after
 * the backend's DTOs (sop/SopDtos, monitoring/MonitoringDtos) and called through the untyped client;
 * once `npm run gen:api` knows them, these become `Schemas['…']` and typed calls.
 */

export type SlaStatus = 'NOT_STARTED' | 'ON_TIME' | 'AT_RISK' | 'OVERDUE' | 'KEPT' | 'NOT_KEPT'
type SubmissionState = Schemas['SubmissionView']['state']
type CycleStatus = Schemas['CycleView']['status']

export interface SopDuration { amount: number; unit: 'DAYS' | 'MINUTES'; perUnit: boolean }
export interface SopStep {
  number: number
  title: string
  lane: string
  actorRole: Schemas['UserView']['roles'][number]
  requirement: string
  time: string
  duration: SopDuration
  output: string
  symbol: 'START' | 'PROCESS' | 'DECISION' | 'END'
  decision?: string
  refusalStep?: number
  notes?: string
}
export interface SopView {
  versionId: number
  version: number
  kecamatanId: number
  title: string
  effectiveFrom: string
  note?: string
  lanes: string[]
  steps: SopStep[]
  unitWork: string
  finished: string
  outside: string
}

export interface SopRefusal { at: string; byName?: string; capacity?: string; outcome: string; reason: string; unitName?: string }
export interface StepMonitoring {
  number: number
  title: string
  lane: string
  mutuBaku: string
  status: SlaStatus
  tasks: number
  rounds: number
  budgetMinutes: number
  elapsedMinutes: number
  kept?: boolean
  startedAt?: string
  finishedAt?: string
  dueAt?: string
  refusals: SopRefusal[]
}
export interface UnitMonitoring {
  unitId: number
  unitName: string
  state: SubmissionState
  dueAt?: string
  handedInAt?: string
  status: SlaStatus
  workingDaysLeft: number
}
export interface SopMonitoring {
  cycleId: number
  year: number
  title: string
  kecamatanId: number
  kecamatanName: string
  timeZone: string
  sopVersionId: number
  sopVersion: number
  status: CycleStatus
  currentStep: number
  generatedAt: string
  steps: StepMonitoring[]
  units: UnitMonitoring[]
}

export interface OpenTaskSla {
  stepTaskId: number
  cycleId: number
  year: number
  step: number
  stepTitle: string
  work: string
  unitId?: number
  unitName?: string
  status: SlaStatus
  dueAt: string
  usedPercent: number
  link: string
}
export interface StepTime { step: number; title: string; mutuBaku: string; averageBudgetMinutes: number; averageElapsedMinutes: number; samples: number; kept: number }
export interface SasaranCapaian { code: string; name: string; capaian?: number; band?: string }
export interface CycleSummary { cycleId: number; year: number; title: string; status: CycleStatus; step: number; stepTitle: string }
export interface KecamatanDashboard {
  kecamatanId: number
  kecamatanName: string
  timeZone: string
  cycles: CycleSummary[]
  cycleId?: number
  overdue: OpenTaskSla[]
  atRisk: OpenTaskSla[]
  units: UnitMonitoring[]
  stepTimes: StepTime[]
  capaian: SasaranCapaian[]
}
export interface Dashboard { generatedAt: string; kecamatan: KecamatanDashboard[] }

/** A cycle with the SOP version it runs on. */
export type CycleView = Schemas['CycleView'] & { sopVersionId: number }

/** The verb that opens the monitoring sheet and the dashboard. */
export const SLA_READ = 'sla.read' as Schemas['Verb']

type Untyped = {
  GET(path: string, init?: { params?: { query?: Record<string, unknown> }; parseAs?: 'blob' }): Promise<{ data?: unknown; error?: unknown; response: Response }>
}
const untyped = api as unknown as Untyped

export async function getCycle(cycleId: number): Promise<CycleView> {
  return (await unwrap(api.GET('/api/v1/cycles/{cycleId}', { params: { path: { cycleId } } }))) as CycleView
}

export async function getSopVersion(versionId: number): Promise<SopView> {
  return (await unwrap(untyped.GET(`/api/v1/sop/versions/${versionId}`))) as SopView
}

export async function getSopMonitoring(cycleId: number): Promise<SopMonitoring> {
  return (await unwrap(untyped.GET(`/api/v1/cycles/${cycleId}/sop-monitoring`))) as SopMonitoring
}

export async function getDashboard(kecamatanId?: number): Promise<Dashboard> {
  const query = kecamatanId === undefined ? undefined : { kecamatanId }
  return (await unwrap(untyped.GET('/api/v1/dashboard', { params: { query } }))) as Dashboard
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
    untyped.GET(`/api/v1/cycles/${cycleId}/sop-monitoring`, { params: { query: { format } }, parseAs: 'blob' }),
  )
  const filename = filenameOf(response.headers.get('Content-Disposition'), `monitoring-sop-${cycleId}.${format}`)
  saveBlob(data as Blob, filename)
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
