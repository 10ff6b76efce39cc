/**
 * The calls and bodies of the SLA features: the bell's notifications, the working-time calendar, a
 * task's SLA and the SOP monitoring sheet's units.
 *
 * Written against the backend's DTOs while the contract (../openapi.yaml) catches up: once it lists
 * these operations, the types below become `Schemas[...]` aliases and the calls the typed client's.
 */
import { api, send, unwrap, type Schemas } from './client'

type Result = { data?: unknown; error?: unknown; response: Response }
type Init = { params?: { path?: Record<string, number>; query?: Record<string, unknown>; header?: Record<string, string> }; body?: unknown }
/** The typed client without its path table, for the operations the contract does not list yet. */
const loose = api as unknown as Record<'GET' | 'POST' | 'PUT' | 'DELETE', (path: string, init?: Init) => Promise<Result>>

async function body<T>(call: Promise<Result>): Promise<T> {
  return (await unwrap(call)) as T
}

// --- SLA of a task -------------------------------------------------------------------------------

export type SlaStatus = 'NOT_STARTED' | 'ON_TIME' | 'AT_RISK' | 'OVERDUE' | 'KEPT' | 'NOT_KEPT'
export type SlaWork =
  | 'DRAFT_FORMAT' | 'CORRECT_FORMAT' | 'PARAF_FORMAT' | 'SIGN_FORMAT' | 'NUMBER_FORMAT' | 'RECEIVE'
  | 'FILL' | 'VERIFY' | 'CONSOLIDATE' | 'VALIDATE' | 'PARAF_DATA' | 'SIGN_DATA'

export interface SlaView {
  status: SlaStatus
  step: number
  work: SlaWork
  round: number
  startedAt: string
  dueAt: string
  finishedAt?: string | null
  budgetMinutes: number
  elapsedMinutes: number
  usedPercent: number
  workingDaysLeft: number
}

/** A task with its SLA (absent for work whose clock started before SLAs were kept). */
export type TaskView = Schemas['TaskView'] & { sla?: SlaView | null }

export const listTasks = () => body<TaskView[]>(loose.GET('/api/v1/tasks'))

// --- Notifications (the bell) ----------------------------------------------------------------------

export type NotificationKind = 'TASK_AT_RISK' | 'TASK_OVERDUE' | 'OVERDUE_IN_KECAMATAN'

export interface NotificationView {
  id: number
  kind: NotificationKind
  title: string
  body: string
  /** Where in the SPA it leads, e.g. /rekap/12. */
  link?: string | null
  stepTaskId?: number | null
  createdAt: string
  readAt?: string | null
}

export interface NotificationList {
  unread: number
  items: NotificationView[]
}

export const notificationCalls = {
  list: () => body<NotificationList>(loose.GET('/api/v1/notifications')),
  markRead: (notificationId: number) =>
    body<NotificationView>(loose.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
  markAllRead: () => body<NotificationList>(loose.POST('/api/v1/notifications/read')),
}

// --- The working-time calendar ---------------------------------------------------------------------

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'
export type HolidayKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA' | 'LIBUR_DAERAH' | 'LAINNYA'
export type HolidayScope = 'NATIONAL' | 'KABUPATEN' | 'KECAMATAN'

export interface OfficeDay {
  weekday: Weekday
  /** "07:30:00" as the API writes it; "07:30" is accepted. */
  opens: string
  closes: string
  breakStarts?: string | null
  breakEnds?: string | null
}

export interface OfficeHoursOverride {
  id?: number | null
  name: string
  validFrom: string
  validTo: string
  week: OfficeDay[]
}

export interface HolidayView {
  id: number
  day: string
  kind: HolidayKind
  name: string
  source?: string | null
  scope: HolidayScope
}

export interface CalendarView {
  kecamatanId: number
  timeZone: string
  week: OfficeDay[]
  defaultWeek: boolean
  overrides: OfficeHoursOverride[]
  holidays: HolidayView[]
  year: number
}

export interface CalendarRequest {
  timeZone: string
  week: OfficeDay[]
  overrides: OfficeHoursOverride[]
}

export interface HolidayRequest {
  day: string
  kind: HolidayKind
  name: string
  source?: string
  scope?: 'KECAMATAN' | 'KABUPATEN'
}

export interface Sent<T> {
  data: T
  response: Response
}

export const calendarCalls = {
  get: (kecamatanId: number, year: number) =>
    send(loose.GET('/api/v1/kecamatan/{kecamatanId}/calendar', { params: { path: { kecamatanId }, query: { year } } })) as Promise<
      Sent<CalendarView>
    >,
  replace: (kecamatanId: number, ifMatch: string, request: CalendarRequest) =>
    send(
      loose.PUT('/api/v1/kecamatan/{kecamatanId}/calendar', {
        params: { path: { kecamatanId }, header: { 'If-Match': ifMatch } },
        body: request,
      }),
    ) as Promise<Sent<CalendarView>>,
  addHoliday: (kecamatanId: number, request: HolidayRequest) =>
    body<HolidayView>(loose.POST('/api/v1/kecamatan/{kecamatanId}/holidays', { params: { path: { kecamatanId } }, body: request })),
  removeHoliday: (holidayId: number) =>
    send(loose.DELETE('/api/v1/holidays/{holidayId}', { params: { path: { holidayId } } })),
}

// --- The SOP monitoring sheet: the units' tenggat ----------------------------------------------------

export interface UnitMonitoring {
  unitId: number
  unitName: string
  state: Schemas['SubmissionState']
  dueAt?: string | null
  handedInAt?: string | null
  status: SlaStatus
  workingDaysLeft: number
}

export interface SopMonitoringUnits {
  cycleId: number
  timeZone: string
  units: UnitMonitoring[]
}

export const getSopMonitoring = (cycleId: number) =>
  body<SopMonitoringUnits>(loose.GET('/api/v1/cycles/{cycleId}/sop-monitoring', { params: { path: { cycleId } } }))
