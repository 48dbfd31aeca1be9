import { IndexedEntity, KeyColumn, RefColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';

/** A student or training participant. `name` and `email` are personal data. */
@IndexedEntity('students', { university: ['universityId'] })
export class Student {
  @KeyColumn()
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @RefColumn('university_id', { nullable: true })
  universityId: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;
}
