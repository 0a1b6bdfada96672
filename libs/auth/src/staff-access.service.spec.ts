import type { DataSource } from 'typeorm';
import { ACCESS_CACHE_MS, StaffAccessService } from './staff-access.service';

/** A staff table of one person whose reads can be held back, counting the reads. */
function fakeTable() {
  const row = { role: 'agent', status: 'active', token_version: 0 };
  const held: Array<() => void> = [];
  const table = {
    row,
    reads: 0,
    hold: false,
    release: () => held.splice(0).forEach((go) => go()),
    dataSource: {
      query: async () => {
        table.reads += 1;
        const snapshot = { ...row };
        if (table.hold) await new Promise<void>((go) => held.push(go));
        return [snapshot];
      },
    } as unknown as DataSource,
  };
  return table;
}

describe('StaffAccessService', () => {
  afterEach(() => jest.useRealTimers());

  it('reads once for concurrent requests and keeps the answer for a short time only', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const table = fakeTable();
    const access = new StaffAccessService(table.dataSource);
    await Promise.all([access.current('AG-001'), access.current('AG-001'), access.current('AG-001')]);
    expect(table.reads).toBe(1);
    table.row.token_version = 1;
    expect((await access.current('AG-001'))?.tokenVersion).toBe(0);
    jest.advanceTimersByTime(ACCESS_CACHE_MS + 1);
    expect((await access.current('AG-001'))?.tokenVersion).toBe(1);
    expect(table.reads).toBe(2);
  });

  it('reads again at once after forget()', async () => {
    const table = fakeTable();
    const access = new StaffAccessService(table.dataSource);
    await access.current('AG-001');
    table.row.status = 'departed';
    access.forget('AG-001');
    expect((await access.current('AG-001'))?.status).toBe('departed');
  });

  it('does not keep an answer read before a forget()', async () => {
    const table = fakeTable();
    const access = new StaffAccessService(table.dataSource);
    table.hold = true;
    const stale = access.current('AG-001');
    await new Promise((r) => setImmediate(r));
    table.row.token_version = 5;
    access.forget('AG-001');
    table.release();
    expect((await stale)?.tokenVersion).toBe(0);
    table.hold = false;
    expect((await access.current('AG-001'))?.tokenVersion).toBe(5);
  });
});
