import 'reflect-metadata';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

/** One column of a table as its entity declares it. */
export interface ColumnLayout {
  /** The column's name in the database. */
  name: string;
  /** False when an INSERT may leave it out: nullable, with a default, or generated. */
  required: boolean;
}

/** A table as its entity declares it: its name and its columns, in the entity's order. */
export interface TableLayout {
  name: string;
  columns: readonly ColumnLayout[];
}

/** Builds entity metadata without connecting to any database. */
class MetadataOnly extends DataSource {
  async layouts(): Promise<TableLayout[]> {
    await this.buildMetadatas();
    return this.entityMetadatas
      .filter((metadata) => metadata.tableType !== 'view')
      .map((metadata) => ({
        name: metadata.tableName,
        columns: metadata.columns
          .filter((column) => !column.isVirtual && !column.isVirtualProperty)
          .map((column) => ({
            name: column.databaseName,
            required:
              !column.isNullable &&
              column.default === undefined &&
              !column.isGenerated &&
              !column.isCreateDate &&
              !column.isUpdateDate &&
              !column.generatedType,
          })),
      }));
  }
}

/**
 * The layout of every table of these entities, by table name, read from their TypeORM
 * metadata (nothing is opened): what tools that write rows without the entities (the
 * generator's bulk INSERTs) check their rows against.
 */
export async function tableLayouts(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>,
): Promise<Map<string, TableLayout>> {
  const layouts = await new MetadataOnly({ type: 'mysql', database: 'layouts', entities }).layouts();
  return new Map(layouts.map((layout) => [layout.name, layout]));
}
