import type { DatabaseConfig, TableLayout } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { openAgreementsDatabase } from '../../subgraphs/agreements/src/public';
import { openInstitutionsDatabase } from '../../subgraphs/institutions/src/public';
import { openTalentDatabase } from '../../subgraphs/talent/src/public';
import { Dataset } from '../generate/dataset';
import { insertStatements } from '../generate/sql';
import {
  dataTables,
  entityLayouts,
  insertShape,
  insertShapes,
  type Layouts,
  type Shapes,
  type SubgraphName,
} from '../generate/tables';

/**
 * `pnpm generate` writes its rows by the subgraphs' entities: every table's name and
 * columns come from the TypeORM metadata, the rows are records by column, and a drift
 * between the two stops the generator before it writes anything.
 */

const openers: Record<SubgraphName, typeof openInstitutionsDatabase> = {
  institutions: openInstitutionsDatabase,
  agreements: openAgreementsDatabase,
  talent: openTalentDatabase,
};
const subgraphs = Object.keys(openers) as SubgraphName[];
/** The tables the generator fills (the audit log is only emptied by --replace). */
const written = (subgraph: SubgraphName) => dataTables[subgraph].filter((table) => table !== 'audit_log');

const dataset = new Dataset('small', 42);
let layouts: Layouts;
let shapes: Shapes;

beforeAll(async () => {
  layouts = await entityLayouts();
  shapes = await insertShapes(dataset, layouts);
});

/** `layouts` with one table's layout replaced. */
function withLayout(subgraph: SubgraphName, layout: TableLayout): Layouts {
  const changed = new Map(layouts[subgraph]);
  changed.set(layout.name, layout);
  return { ...layouts, [subgraph]: changed };
}

describe('pnpm generate: table layouts from the entities', () => {
  it('writes every table with the columns of its entity, in the entity order, leaving out only columns that have a default or NULL', () => {
    for (const subgraph of subgraphs) {
      for (const table of written(subgraph)) {
        const layout = layouts[subgraph].get(table)!;
        const shape = shapes[subgraph].get(table)!;
        expect({ subgraph, table, declared: Boolean(layout), checked: Boolean(shape) }).toEqual({
          subgraph,
          table,
          declared: true,
          checked: true,
        });
        const entityOrder = layout.columns.map((c) => c.name);
        expect(shape.columns).toEqual(entityOrder.filter((column) => shape.columns.includes(column)));
        const leftOut = layout.columns.filter((column) => !shape.columns.includes(column.name));
        expect({ table, requiredLeftOut: leftOut.filter((column) => column.required).map((c) => c.name) }).toEqual({
          table,
          requiredLeftOut: [],
        });
      }
    }
    // Ids, names and the columns the subgraphs derive are all written.
    expect(shapes.institutions.get('institutions')!.columns).toEqual(
      expect.arrayContaining(['id', 'name', 'sort_name', 'search_text', 'founded_on_sort']),
    );
    expect(shapes.agreements.get('agreements')!.columns).toEqual(
      expect.arrayContaining(['id', 'area_keys', 'sort_title', 'search_text', 'signed_on_sort']),
    );
  });

  describe.each(testDatabases().map((d) => [d.label, d] as const))('on %s', (_label, database) => {
    const opened: Array<{ close: () => Promise<unknown>; drop: () => Promise<void> }> = [];
    afterAll(async () => {
      for (const { close, drop } of opened) await close().then(drop);
    });

    it("the entities' layouts are the migrated tables: every column of every table the generator writes", async () => {
      for (const subgraph of subgraphs) {
        const { config, drop } = database.create(`gen_layout_${subgraph}`);
        const dataSource = await openers[subgraph](config as DatabaseConfig);
        opened.push({ close: () => dataSource.destroy(), drop });
        const runner = dataSource.createQueryRunner();
        try {
          for (const table of written(subgraph)) {
            const migrated = await runner.getTable(table);
            const columns = (migrated?.columns ?? []).map((c) => c.name).sort();
            expect({ subgraph, table, columns }).toEqual({
              subgraph,
              table,
              columns: layouts[subgraph]
                .get(table)!
                .columns.map((c) => c.name)
                .sort(),
            });
          }
        } finally {
          await runner.release();
        }
      }
    });
  });

  it('stops before writing, naming the table and the column, when an entity gains a column the generator does not fill', async () => {
    const agreements = layouts.agreements.get('agreements')!;
    const gained = withLayout('agreements', {
      ...agreements,
      columns: [...agreements.columns, { name: 'budget', required: true }],
    });
    await expect(insertShapes(dataset, gained)).rejects.toThrow(
      /table agreements: the generator does not fill budget, which its entity declares without a default or NULL/,
    );
    // A column with a default or NULL is left to it.
    const optional = withLayout('agreements', {
      ...agreements,
      columns: [...agreements.columns, { name: 'budget', required: false }],
    });
    const shape = (await insertShapes(dataset, optional)).agreements.get('agreements')!;
    expect(shape.columns).not.toContain('budget');
    expect(shape.columns).toEqual(shapes.agreements.get('agreements')!.columns);
  });

  it('stops before writing, naming the table and the column, when an entity renames or drops a column the generator fills', async () => {
    const people = layouts.institutions.get('people')!;
    const renamed = withLayout('institutions', {
      ...people,
      columns: people.columns.map((c) => (c.name === 'sort_name' ? { ...c, name: 'sorting_name' } : c)),
    });
    await expect(insertShapes(dataset, renamed)).rejects.toThrow(
      /table people: the generator fills sort_name, which its entity does not have/,
    );
    const withoutTable = { ...layouts, talent: new Map([...layouts.talent].filter(([name]) => name !== 'theses')) };
    await expect(insertShapes(dataset, withoutTable)).rejects.toThrow(
      /table theses: no entity of the talent subgraph declares it/,
    );
  });

  it("lists the INSERT's columns in the entity order, whatever the order of the row's fields", () => {
    const layout: TableLayout = {
      name: 'things',
      columns: [
        { name: 'id', required: true },
        { name: 'note', required: false },
        { name: 'title', required: true },
        { name: 'sort_title', required: true },
      ],
    };
    const row = { sort_title: 'b', title: 'B', id: 'syn-1' };
    const shape = insertShape(layout, row);
    expect(shape).toEqual({ name: 'things', columns: ['id', 'title', 'sort_title'] });
    expect(insertStatements(shape, [row, { title: "It's", id: 'syn-2', sort_title: 'its' }], 10, 1000)).toEqual([
      "INSERT INTO `things` (`id`, `title`, `sort_title`) VALUES ('syn-1','B','b'),('syn-2','It''s','its')",
    ]);
    expect(() => insertStatements(shape, [{ id: 'syn-3', title: 'C' }], 10, 1000)).toThrow(
      /things: a row gives no value for column sort_title/,
    );
  });
});
