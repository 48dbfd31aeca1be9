import { subgraphNames, tableLayouts, type SubgraphName, type TableLayout } from '@partnership-graph/shared';
import { entities as agreementsEntities } from '../../subgraphs/agreements/src/public';
import { entities as institutionsEntities } from '../../subgraphs/institutions/src/public';
import { entities as talentEntities } from '../../subgraphs/talent/src/public';
import type { Dataset } from './dataset';
import type { Row, TableShape } from './sql';

/**
 * The tables the generator writes take their layout (name and columns) from the
 * subgraphs' TypeORM entities (the shared kit's sources, citations and audit log
 * included), never from a list kept here: the rows are records by column name, and
 * before anything is written every table's rows are checked against its entity.
 */

const entities = { institutions: institutionsEntities, agreements: agreementsEntities, talent: talentEntities };

export type Layouts = Record<SubgraphName, ReadonlyMap<string, TableLayout>>;
export type Shapes = Record<SubgraphName, ReadonlyMap<string, TableShape>>;

/** Every table of each subgraph's database, as its entities declare it (no database is opened). */
export async function entityLayouts(): Promise<Layouts> {
  const layouts = {} as Record<SubgraphName, ReadonlyMap<string, TableLayout>>;
  for (const subgraph of subgraphNames) layouts[subgraph] = await tableLayouts(entities[subgraph]);
  return layouts;
}

/**
 * What the INSERTs of a table give: the entity's columns that `row` fills, in the
 * entity's order. Throws, naming the table and the columns, when the row fills a column
 * the entity lacks, or leaves out one that has neither a default nor NULL.
 */
export function insertShape(layout: TableLayout, row: Row): TableShape {
  const known = new Set(layout.columns.map((column) => column.name));
  const unknown = Object.keys(row).filter((column) => !known.has(column));
  if (unknown.length) {
    throw new Error(
      `table ${layout.name}: the generator fills ${unknown.join(', ')}, which its entity does not have (renamed or removed?)`,
    );
  }
  const missing = layout.columns.filter((column) => column.required && !(column.name in row));
  if (missing.length) {
    throw new Error(
      `table ${layout.name}: the generator does not fill ${missing.map((column) => column.name).join(', ')}, ` +
        'which its entity declares without a default or NULL',
    );
  }
  return { name: layout.name, columns: layout.columns.filter((column) => column.name in row).map((c) => c.name) };
}

/**
 * Checks every table the dataset writes against its subgraph's entities, on the rows of
 * each job's first record and the source document, and gives the shape of its INSERTs.
 * Run before anything is written: a drift between the generator and an entity stops
 * the generator at once, naming the table and the column.
 */
export async function insertShapes(dataset: Dataset, layouts?: Layouts): Promise<Shapes> {
  const entityTables = layouts ?? (await entityLayouts());
  const shapes = {} as Record<SubgraphName, Map<string, TableShape>>;
  for (const subgraph of subgraphNames) shapes[subgraph] = new Map();
  const check = (subgraph: SubgraphName, table: string, rows: readonly Row[]) => {
    const layout = entityTables[subgraph].get(table);
    if (!layout) throw new Error(`table ${table}: no entity of the ${subgraph} subgraph declares it`);
    for (const row of rows) {
      const shape = insertShape(layout, row);
      const known = shapes[subgraph].get(table);
      if (known && known.columns.join() !== shape.columns.join()) {
        throw new Error(
          `table ${table}: the generator's rows fill different columns (${known.columns.join(', ')} / ${shape.columns.join(', ')})`,
        );
      }
      shapes[subgraph].set(table, shape);
    }
  };
  for (const subgraph of subgraphNames) check(subgraph, 'sources', [dataset.sourceRow(false)]);
  for (const job of dataset.jobs()) {
    for (const [table, rows] of job.build(0, Math.min(job.count, 1))) check(job.database, table, rows);
  }
  return shapes;
}

export type { SubgraphName };

/** Tables whose rows are records with an `id` (every id must start with `syn-`). */
export const recordTables: Record<SubgraphName, readonly string[]> = {
  institutions: ['institutions', 'people', 'positions', 'memberships'],
  agreements: ['agreements', 'events'],
  talent: [
    'internship_programs',
    'internships',
    'thesis_programs',
    'theses',
    'training_programs',
    'training_enrollments',
    'students',
  ],
};

/** Every table the generator writes or --replace empties, children before parents. */
export const dataTables: Record<SubgraphName, readonly string[]> = {
  institutions: ['citations', 'memberships', 'positions', 'people', 'institutions', 'sources'],
  agreements: [
    'citations',
    'event_speakers',
    'event_participants',
    'events',
    'agreement_commitments',
    'agreement_parties',
    'agreements',
    'audit_log',
    'sources',
  ],
  talent: [
    'citations',
    'training_enrollments',
    'training_program_providers',
    'training_programs',
    'theses',
    'thesis_programs',
    'internships',
    'internship_program_universities',
    'internship_programs',
    'students',
    'audit_log',
    'sources',
  ],
};
