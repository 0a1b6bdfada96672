import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchStatistics1765900000000 implements MigrationInterface {
  name = 'SearchStatistics1765900000000';

  // organisation names repeat (a city, a trade name, a company form), a few dozen files each. With
  // the default sample the planner sometimes guessed a search for one of them matches thousands and
  // walked the newest-first index through every file instead of asking the trigram index. A larger
  // sample keeps every organisation in the statistics, so the estimate, and the plan, hold.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ALTER COLUMN organisation SET STATISTICS 2000`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ALTER COLUMN organisation SET STATISTICS -1`);
  }
}
