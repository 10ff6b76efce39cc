import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/problems'
import { attachmentErrorMessage, evidenceAccept, evidenceRefusal, evidenceSizeText, evidenceTypeNames, evidenceTypesText } from './evidence'

const MB = 1024 * 1024
const limits = {
  maxFileBytes: 20 * MB,
  maxTotalBytes: 200 * MB,
  usedBytes: 0,
  mediaTypes: ['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
}

describe('evidence limits from the API', () => {
  it('names the kinds of file and the sizes the API accepts, in megabytes', () => {
    expect(evidenceTypeNames(limits)).toBe('PDF, PNG, JPEG, XLSX, atau CSV')
    expect(evidenceTypeNames({ ...limits, mediaTypes: ['application/pdf', 'image/png'] })).toBe('PDF atau PNG')
    expect(evidenceTypesText(limits)).toContain('jenisnya dikenali dari isi berkas')
    expect(evidenceSizeText({ ...limits, maxFileBytes: 2.5 * MB })).toBe(
      'Ukuran paling besar 2,5 MB per berkas dan 200 MB untuk seluruh bukti dukung satu unit.',
    )
    expect(evidenceAccept({ ...limits, mediaTypes: ['image/jpeg'] })).toBe('.jpg,.jpeg,image/jpeg')
  })

  it('refuses a file over the size of one file or over what is left for the unit, before sending it', () => {
    expect(evidenceRefusal({ name: 'a.pdf', size: 20 * MB }, limits)).toBeNull()
    expect(evidenceRefusal({ name: 'a.pdf', size: 21 * MB }, limits)).toContain('paling besar 20 MB per berkas')
    expect(evidenceRefusal({ name: 'a.pdf', size: 5 * MB }, { ...limits, usedBytes: 198 * MB })).toContain('kini terpakai 198 MB')
  })

  it('explains a refused evidence file with what is accepted', () => {
    expect(attachmentErrorMessage(new ApiError(415, undefined), limits)).toContain('PDF, PNG, JPEG, XLSX, atau CSV')
    expect(attachmentErrorMessage(new ApiError(413, undefined), { ...limits, maxFileBytes: 10 * MB })).toContain('10 MB per berkas')
  })
})
