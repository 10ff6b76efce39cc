import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import PrintButton from './PrintButton.vue'

describe('PrintButton', () => {
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
  })

  it('shows "Cetak", names what it prints for screen readers, opens the print dialog and hides itself on paper', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(PrintButton, { props: { what: 'rekap' } })

    const button = screen.getByRole('button', { name: 'Cetak rekap' })
    expect(button.getAttribute('type')).toBe('button')
    expect(button.classList.contains('no-print')).toBe(true)
    await fireEvent.click(button)
    expect(print).toHaveBeenCalledTimes(1)
  })
})
