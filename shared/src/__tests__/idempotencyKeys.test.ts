import type { DataSource, EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import { AuditEntry } from '../audit/AuditEntry';
import { CreateAuditLog1700000000020 } from '../audit/CreateAuditLog1700000000020';
import { openDatabase } from '../database/openDatabase';
import { openWriteTransactions } from '../database/writeTransaction';
import { CreateIdempotencyKeys1766850000000 } from '../idempotency/CreateIdempotencyKeys1766850000000';
import { canonicalJson, IdempotencyKeys, replayCreatedId, type IdempotentCall } from '../idempotency/IdempotencyKeys';
import { IdempotencyRecord } from '../idempotency/IdempotencyRecord';
import { testDatabases } from '../testing/testDatabases';

describe('canonicalJson', () => {
  it('gives equal text for equal inputs whatever the order of their keys, and keeps the order of lists', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });
});

/**
 * The key check of create-style mutations on a real database: the "write" is an audit
 * entry (any row would do) in the same transaction as the key.
 */
describe.each(testDatabases())('idempotency keys on $label', (database) => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  let clock = new Date('2030-01-01T00:00:00.000Z');
  const keys = new IdempotencyKeys(24, () => clock);

  beforeAll(async () => {
    const created = database.create('idempotency');
    drop = created.drop;
    dataSource = await openDatabase({
      config: created.config,
      entities: [AuditEntry, IdempotencyRecord],
      migrations: [CreateAuditLog1700000000020, CreateIdempotencyKeys1766850000000],
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  let sequence = 0;
  /** Writes one row and answers its id, as a create mutation does. */
  const create = async (manager: EntityManager) => {
    const entityId = `thing-${++sequence}`;
    await manager.getRepository(AuditEntry).insert({
      entityType: 'Thing',
      entityId,
      action: 'CREATE',
      actor: 'tester',
      at: clock.toISOString(),
      before: null,
      after: {},
    });
    return entityId;
  };
  const rows = (entityIds: string[]) =>
    dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.entity_id IN (:...entityIds)', { entityIds })
      .getCount();
  const call = (
    key: string | null,
    input: unknown,
    caller = 'editor-1',
    operation = 'createThing',
  ): IdempotentCall => ({ key, caller, operation, input });

  it('answers a repeat of the same key and input with the first result and writes nothing again', async () => {
    const first = await keys.run(dataSource, call('k-same', { title: 'A', list: [1, 2] }), create, replayCreatedId);
    const again = await keys.run(dataSource, call('k-same', { list: [1, 2], title: 'A' }), create, replayCreatedId);
    expect(again).toBe(first);
    expect(await rows([first, `thing-${sequence}`])).toBe(1);
    expect(
      await dataSource.getRepository(IdempotencyRecord).countBy({ operation: 'createThing', caller: 'editor-1' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('refuses the same key with another input as CONFLICT naming the argument, the reason and the times', async () => {
    await keys.run(dataSource, call('k-other', { title: 'A' }), create, replayCreatedId);
    const before = sequence;
    const refused = await keys
      .run(dataSource, call('k-other', { title: 'B' }), create, replayCreatedId)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toEqual({
      code: 'CONFLICT',
      argumentName: 'idempotencyKey',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      operation: 'createThing',
      firstUsedAt: clock.toISOString(),
      expiresAt: new Date(clock.getTime() + 24 * 3_600_000).toISOString(),
    });
    expect(sequence).toBe(before);
  });

  it('scopes a key to one caller and one mutation', async () => {
    const a = await keys.run(dataSource, call('k-scope', { title: 'A' }), create, replayCreatedId);
    const otherCaller = await keys.run(
      dataSource,
      call('k-scope', { title: 'A' }, 'editor-2'),
      create,
      replayCreatedId,
    );
    const otherMutation = await keys.run(
      dataSource,
      call('k-scope', { title: 'A' }, 'editor-1', 'createOther'),
      create,
      replayCreatedId,
    );
    expect(new Set([a, otherCaller, otherMutation]).size).toBe(3);
  });

  it('treats a key past its time as new, and purges expired keys', async () => {
    const first = await keys.run(dataSource, call('k-expire', { title: 'A' }), create, replayCreatedId);
    clock = new Date(clock.getTime() + 24 * 3_600_000 + 1);
    const later = await keys.run(dataSource, call('k-expire', { title: 'B' }), create, replayCreatedId);
    expect(later).not.toBe(first);
    expect(await keys.run(dataSource, call('k-expire', { title: 'B' }), create, replayCreatedId)).toBe(later);
    const purged = await keys.purgeExpired(dataSource);
    expect(purged).toBeGreaterThan(0);
    const left = await dataSource.getRepository(IdempotencyRecord).find();
    expect(left.every((record) => record.expiresAt > clock.toISOString())).toBe(true);
    expect(left.some((record) => record.operation === 'createThing')).toBe(true);
  });

  it('records nothing for a call that throws or saves nothing, so the key stays free', async () => {
    await expect(
      keys.run(
        dataSource,
        call('k-refused', { title: 'A' }),
        async () => Promise.reject(new Error('refused')),
        replayCreatedId,
      ),
    ).rejects.toThrow('refused');
    const nothing = { save: () => null, restore: () => 'never' };
    await keys.run(dataSource, call('k-refused', { title: 'B' }), async () => 'dry', nothing);
    const written = await keys.run(dataSource, call('k-refused', { title: 'C' }), create, replayCreatedId);
    expect(await keys.run(dataSource, call('k-refused', { title: 'C' }), create, replayCreatedId)).toBe(written);
  });

  it('refuses a malformed key naming the argument, before any transaction', async () => {
    for (const bad of ['', 'has space', 'x'.repeat(256), 'ключ']) {
      await expect(keys.run(dataSource, call(bad, {}), create, replayCreatedId)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'idempotencyKey' },
      });
    }
    expect(openWriteTransactions(dataSource)).toBe(0);
  });

  it('two concurrent first uses of one key write once and answer the same id', async () => {
    for (let round = 0; round < 5; round++) {
      const key = `k-race-${round}`;
      const slowCreate = async (manager: EntityManager) => {
        const id = await create(manager);
        await new Promise((resolve) => setTimeout(resolve, 30));
        return id;
      };
      const before = await dataSource.getRepository(AuditEntry).count();
      const answers = await Promise.all(
        [0, 1, 2].map(() => keys.run(dataSource, call(key, { title: key }), slowCreate, replayCreatedId)),
      );
      expect(new Set(answers).size).toBe(1);
      expect(await dataSource.getRepository(AuditEntry).count()).toBe(before + 1);
      expect(await dataSource.getRepository(AuditEntry).countBy({ entityId: answers[0] })).toBe(1);
    }
  });
});
