import path from 'node:path';
import { describeDatabase, readDatabaseConfig } from '@partnership-graph/shared';
import type { RunningService } from '@partnership-graph/shared/testing';
import { databaseEnvOf } from '../bench/sqlProbe';

/** The bench's SQL probe opens each running subgraph's database again, read from the line the subgraph logs when ready. */
function serviceSaying(name: string, where: string): RunningService {
  const output = `${name}: listening at http://127.0.0.1:4001/, connecting to the database\n${name} subgraph ready at http://127.0.0.1:4001/ (${where})\n`;
  return { name, url: 'http://127.0.0.1:4001/', output: () => output } as unknown as RunningService;
}

describe('where the SQL probe finds a subgraph’s data', () => {
  it('reads the SQLite folder from the ready line', () => {
    const where = describeDatabase(
      readDatabaseConfig({ SQLITE_DIR: '/tmp/pg-stack-x', MYSQL_URL: '' }, 'institutions'),
    );
    expect(databaseEnvOf(serviceSaying('institutions', where), undefined)).toEqual({
      SQLITE_DIR: path.join('/tmp', 'pg-stack-x'),
      MYSQL_URL: '',
    });
  });

  it('reads the MySQL database from the ready line, naming it in the subgraph’s own variable', () => {
    const where = describeDatabase(
      readDatabaseConfig({ TALENT_MYSQL_URL: 'mysql://root@127.0.0.1:3306/test_stack_talent_1' }, 'talent'),
    );
    expect(
      databaseEnvOf(
        serviceSaying('talent', `${where}; institutions at http://127.0.0.1:4001/`),
        'mysql://root@127.0.0.1:3306',
      ),
    ).toEqual({
      TALENT_MYSQL_URL: 'mysql://root@127.0.0.1:3306/test_stack_talent_1',
    });
  });
});
