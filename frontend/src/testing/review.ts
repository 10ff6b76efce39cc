import { fireEvent, screen, within } from '@testing-library/vue'
import { expect, vi } from 'vitest'

/** Confirms the review an approval opens ("Tinjau sebelum …") once its summary has loaded. */
export async function confirmReview(confirmLabel: string | RegExp): Promise<void> {
  const dialog = await screen.findByRole('dialog', { name: /^Tinjau sebelum/ })
  const confirm = within(dialog).getByRole('button', { name: confirmLabel }) as HTMLButtonElement
  await vi.waitFor(() => expect(confirm.disabled).toBe(false))
  await fireEvent.click(confirm)
}
