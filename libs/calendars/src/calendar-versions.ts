import type { EntityManager } from 'typeorm';
import { CalendarStore, StoredCalendar } from './calendar-store';

/**
 * Stored calendar versions, each read from the database once per process: a version never changes
 * once written (C-3, C-5, C-6), so a case's calendar is a memory look-up on every later read. A
 * version that is not there, or a failed read, is asked for again next time.
 */
export class CalendarVersions {
  private readonly store: CalendarStore;
  private readonly loaded = new Map<string, Promise<StoredCalendar | undefined>>();

  constructor(db: Pick<EntityManager, 'query'>) {
    this.store = new CalendarStore(db);
  }

  version(code: string, version: number): Promise<StoredCalendar | undefined> {
    const key = `${code}@${version}`;
    let found = this.loaded.get(key);
    if (!found) {
      found = this.store.version(code, version);
      this.loaded.set(key, found);
      found.then(
        (calendar) => calendar === undefined && this.loaded.delete(key),
        () => this.loaded.delete(key),
      );
    }
    return found;
  }
}
