import { CSV_BOM, csvField, toCsv } from './csv';

describe('report CSV', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [0.8571, '0.8571'],
    [-0.25, '-0.25'],
    [true, 'true'],
    ['quality', 'quality'],
    ['品质部', '品质部'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-cmd', "'-cmd"],
  ])('field %j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes a BOM, the header and one CRLF line per row, columns in the given order', () => {
    const csv = toCsv(['week', 'key', 'complaints'], [
      { week: '2026-11-02', key: 'quality', complaints: 3 },
      { complaints: 1, key: '物流', week: '2026-11-09' },
    ]);
    expect(csv).toBe(`${CSV_BOM}week,key,complaints\r\n2026-11-02,quality,3\r\n2026-11-09,物流,1\r\n`);
  });

  it('an empty report is its header', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });
});
