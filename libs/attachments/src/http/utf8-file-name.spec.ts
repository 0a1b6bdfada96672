import { utf8FileName } from './attachments.service';

describe('utf8FileName', () => {
  it('reads back a UTF-8 name the form parser took as Latin-1', () => {
    expect(utf8FileName(Buffer.from('质检报告.pdf', 'utf8').toString('latin1'))).toBe('质检报告.pdf');
  });

  it('leaves plain, already decoded and genuinely Latin-1 names alone', () => {
    expect(utf8FileName('waybill.pdf')).toBe('waybill.pdf');
    expect(utf8FileName('张三身份证.jpg')).toBe('张三身份证.jpg');
    expect(utf8FileName('café.jpg')).toBe('café.jpg');
    expect(utf8FileName(undefined)).toBeUndefined();
  });
});
