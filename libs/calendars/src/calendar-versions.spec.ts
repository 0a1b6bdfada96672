import { CalendarVersions } from './calendar-versions';

const row = (code: string, version: number) => ({ code, version, name: code, time_zone: 'Asia/Shanghai', weekly_hours: [], exceptions: [], change: 'c', created_by: 'admin', created_at: new Date(0) });

describe('CalendarVersions', () => {
  it('reads each stored version once, however often and however concurrently it is asked for', async () => {
    const query = jest.fn(async (_sql: string, [code, version]: [string, number]) => [row(code, version)]);
    const versions = new CalendarVersions({ query } as never);
    const [a, b] = await Promise.all([versions.version('cn-workdays', 2), versions.version('cn-workdays', 2)]);
    await versions.version('cn-workdays', 2);
    expect(a).toBe(b);
    expect(a?.version).toBe(2);
    expect(query).toHaveBeenCalledTimes(1);
    expect((await versions.version('cn-workdays', 3))?.version).toBe(3);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('asks again for a version that was missing or whose read failed', async () => {
    const query = jest.fn().mockRejectedValueOnce(new Error('connection reset')).mockResolvedValueOnce([]).mockResolvedValueOnce([row('cn-workdays', 4)]);
    const versions = new CalendarVersions({ query } as never);
    await expect(versions.version('cn-workdays', 4)).rejects.toThrow('connection reset');
    expect(await versions.version('cn-workdays', 4)).toBeUndefined();
    expect((await versions.version('cn-workdays', 4))?.version).toBe(4);
    expect(query).toHaveBeenCalledTimes(3);
  });
});
