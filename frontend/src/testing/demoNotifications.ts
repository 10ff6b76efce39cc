import type { NotificationList } from '../api/sla'

/** Two notifications, one unread and one read, newest first. */
export function demoNotifications(): NotificationList {
  return {
    unread: 1,
    items: [
      {
        id: 7,
        kind: 'TASK_OVERDUE',
        title: 'Tugas terlambat: Memvalidasi data kinerja',
        body: 'Rekap data kinerja tahun 2026 melewati tenggat 3 Des 2026 16.00.',
        link: '/rekap/12',
        stepTaskId: 31,
        createdAt: '2026-12-03T09:05:00Z',
      },
      {
        id: 5,
        kind: 'TASK_AT_RISK',
        title: 'Tugas hampir lewat: Memaraf format data kinerja',
        body: 'Sudah 80% mutu baku terpakai.',
        link: '/formulir/2',
        stepTaskId: 30,
        createdAt: '2026-12-02T02:00:00Z',
        readAt: '2026-12-02T03:00:00Z',
      },
    ],
  }
}
