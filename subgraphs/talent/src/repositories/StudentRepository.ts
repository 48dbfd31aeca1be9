import { In, type DataSource, type EntityManager } from 'typeorm';
import { Student } from '../entities/Student';

/** Every SQL statement about students lives here. */
export class StudentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<Student[]> {
    return this.dataSource.getRepository(Student).findBy({ id: In([...ids]) });
  }

  findOne(manager: EntityManager, id: string): Promise<Student | null> {
    return manager.getRepository(Student).findOneBy({ id });
  }

  async insert(manager: EntityManager, student: Student): Promise<void> {
    await manager.getRepository(Student).insert(student);
  }
}
