import { tableColumn } from '@partnership-graph/shared';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { positionEvidence } from '../positions/positionEvidence';

const dateColumn = (name: string) => new TableColumn(tableColumn.date(name));
const observedDates = (nullable: boolean) => new TableColumn(tableColumn.text('observed_dates', { nullable }));
const evidenceColumns = ['held_from', 'held_to', 'not_before', 'not_after'];

/**
 * What a position is known to cover: every observation date (`observed_on` held one),
 * whether a source calls it former and when, and the days these facts settle
 * (`positionEvidence`), filled for the rows already stored.
 */
export class AddPositionEvidence1766900000000 implements MigrationInterface {
  name = 'AddPositionEvidence1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('positions', [
      observedDates(true),
      // 0, not false: SQLite stores the default as written, and the entity's false reads back as 0.
      new TableColumn({ name: 'former', type: 'boolean', default: 0 }),
      dateColumn('former_on'),
      ...evidenceColumns.map(dateColumn),
    ]);
    const q = (name: string) => queryRunner.connection.driver.escape(name);
    const rows: Array<{ id: string; since: string | null; until: string | null; observed_on: string | null }> =
      await queryRunner.query(`SELECT id, since, ${q('until')} AS ${q('until')}, observed_on FROM positions`);
    // One statement per row: the evidence is computed by the same code that writes new rows.
    for (const row of rows) {
      const observed = row.observed_on ? [row.observed_on] : [];
      const derived = positionEvidence({
        since: row.since,
        until: row.until,
        observedDates: observed,
        former: false,
        formerOn: null,
      });
      await queryRunner.query(
        'UPDATE positions SET observed_dates = ?, held_from = ?, held_to = ?, not_before = ?, not_after = ? WHERE id = ?',
        [JSON.stringify(observed), derived.heldFrom, derived.heldTo, derived.notBefore, derived.notAfter, row.id],
      );
    }
    await queryRunner.changeColumn('positions', 'observed_dates', observedDates(false));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [...evidenceColumns].reverse()) await queryRunner.dropColumn('positions', name);
    await queryRunner.dropColumn('positions', 'former_on');
    await queryRunner.dropColumn('positions', 'former');
    await queryRunner.dropColumn('positions', 'observed_dates');
  }
}
