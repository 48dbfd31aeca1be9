import { IndexedEntity, NamedRecord, RefColumn, VarcharColumn } from '@partnership-graph/shared';

/** A student or training participant. `name` and `email` are personal data. */
@IndexedEntity('students', { university: ['universityId'] })
export class Student extends NamedRecord {
  @VarcharColumn(254, { nullable: true })
  email: string | null;

  @RefColumn('university_id', { nullable: true })
  universityId: string | null;

  @VarcharColumn(24, { name: 'created_at' })
  createdAt: string;
}
