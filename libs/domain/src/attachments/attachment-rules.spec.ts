import { checkUpload, missingClaimDocuments, sniffContentType } from './attachment-rules';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF');
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('attachment rules', () => {
  it.each([
    [PNG, 'image/png'],
    [JPEG, 'image/jpeg'],
    [PDF, 'application/pdf'],
    [WEBP, 'image/webp'],
    [ZIP, 'application/zip'],
    [Buffer.from('MZ\x90\x00'), undefined],
    [Buffer.from('<html>'), undefined],
  ])('reads the type from the magic bytes (%#)', (bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type);
  });

  it.each([
    ['an unknown kind', { kind: 'selfie' }, 'kind', 400],
    ['no kind', { kind: undefined }, 'kind', 400],
    ['the archive kind', { kind: 'case_archive' }, 'kind', 400],
    ['an empty file', { bytes: new Uint8Array() }, 'file', 400],
    ['a file over the limit', { maxBytes: 4 }, 'file', 413],
    ['an executable declared as an image', { bytes: Buffer.from('MZ\x90\x00 program'), declaredType: 'image/png' }, 'file', 415],
    ['a zip (not an image or PDF)', { bytes: ZIP }, 'file', 415],
    ['a PDF declared as a JPEG', { bytes: PDF, declaredType: 'image/jpeg' }, 'file', 415],
  ])('refuses %s, naming the field', (_label, change, field, status) => {
    const result = checkUpload({ kind: 'damage_photo', declaredType: 'image/png', bytes: PNG, maxBytes: 1024, ...change });
    expect(result).toEqual({ problem: expect.objectContaining({ field, status }) });
  });

  it('accepts an image or PDF whose bytes match, also when declared as octet-stream', () => {
    expect(checkUpload({ kind: 'damage_photo', declaredType: 'image/png', bytes: PNG, maxBytes: 1024 })).toEqual({ contentType: 'image/png' });
    expect(checkUpload({ kind: 'waybill_copy', declaredType: 'application/octet-stream', bytes: PDF, maxBytes: 1024 })).toEqual({ contentType: 'application/pdf' });
  });

  it('L-2: a damage claim needs the waybill copy, the sender ID copy and photos; a loss claim no photos', () => {
    expect(missingClaimDocuments('damaged', [])).toEqual(['waybill_copy', 'sender_id_copy', 'damage_photo']);
    expect(missingClaimDocuments('damaged', ['damage_photo', 'waybill_copy', 'other'])).toEqual(['sender_id_copy']);
    expect(missingClaimDocuments('lost', ['waybill_copy', 'sender_id_copy'])).toEqual([]);
  });
});
