import { KeyColumn, VarcharColumn } from './columns';

/** The columns every named record shares (people, students): its id and its name, varchar(200). */
export abstract class NamedRecord {
  @KeyColumn()
  id: string;

  @VarcharColumn(200)
  name: string;
}
