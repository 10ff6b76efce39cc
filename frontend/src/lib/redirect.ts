/** A redirect target from ?redirect=, accepted only when it is a path inside this app. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}
