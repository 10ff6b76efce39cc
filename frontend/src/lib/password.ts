/** The password policy as the API enforces it, checked early so the user sees it next to the field. */
export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_HINT = `Paling sedikit ${PASSWORD_MIN_LENGTH} karakter dan tidak sama dengan nama pengguna atau NIP.`

export function checkNewPassword(
  password: string,
  confirmation?: string,
): { field: 'newPassword' | 'confirmation'; message: string } | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { field: 'newPassword', message: `Kata sandi baru paling sedikit ${PASSWORD_MIN_LENGTH} karakter.` }
  }
  if (confirmation !== undefined && confirmation !== password) {
    return { field: 'confirmation', message: 'Ulangan kata sandi baru tidak sama.' }
  }
  return null
}
