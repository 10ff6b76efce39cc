/**
 * The calls of the SLA features in one place: the bell's notifications, the working-time calendar
 * and the SOP monitoring sheet's units. Types are the contract's (../openapi.yaml).
 */
import { api, send, unwrap, type Schemas } from './client'

export type SlaView = Schemas['SlaView']
export type TaskView = Schemas['TaskView']
export type NotificationView = Schemas['NotificationView']
export type NotificationList = Schemas['NotificationList']
export type Weekday = Schemas['DayOfWeek']
export type OfficeDay = Schemas['OfficeDay']
export type OfficeHoursOverride = Schemas['OfficeHoursOverride']
export type HolidayKind = Schemas['HolidayKind']
export type HolidayScope = Schemas['HolidayScope']
export type HolidayView = Schemas['HolidayView']
export type HolidayRequest = Schemas['HolidayRequest']
export type CalendarView = Schemas['CalendarView']
export type CalendarRequest = Schemas['CalendarRequest']
export type UnitMonitoring = Schemas['UnitMonitoring']

export const notificationCalls = {
  list: () => unwrap(api.GET('/api/v1/notifications')),
  markRead: (notificationId: number) =>
    unwrap(api.POST('/api/v1/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
  markAllRead: () => unwrap(api.POST('/api/v1/notifications/read')),
}

export const calendarCalls = {
  /** The calendar with its ETag (the kecamatan's version). */
  get: (kecamatanId: number, year: number) =>
    send(api.GET('/api/v1/kecamatan/{kecamatanId}/calendar', { params: { path: { kecamatanId }, query: { year } } })),
  replace: (kecamatanId: number, ifMatch: string, body: CalendarRequest) =>
    send(
      api.PUT('/api/v1/kecamatan/{kecamatanId}/calendar', {
        params: { path: { kecamatanId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  addHoliday: (kecamatanId: number, body: HolidayRequest) =>
    unwrap(api.POST('/api/v1/kecamatan/{kecamatanId}/holidays', { params: { path: { kecamatanId } }, body })),
  removeHoliday: (holidayId: number) =>
    send(api.DELETE('/api/v1/holidays/{holidayId}', { params: { path: { holidayId } } })),
}

/**
 * The SOP monitoring sheet of a cycle: each unit's data against the letter's tenggat. The operation
 * also answers CSV and XLSX by Accept; without one (as here) it answers JSON.
 */
export async function getSopMonitoring(cycleId: number): Promise<Schemas['SopMonitoring']> {
  return (await unwrap(api.GET('/api/v1/cycles/{cycleId}/sop-monitoring', { params: { path: { cycleId } } }))) as Schemas['SopMonitoring']
}
