import { GraphQLError } from 'graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AuditEntry } from '../audit/AuditEntry';
import { CreateAuditLog1700000000020 } from '../audit/CreateAuditLog1700000000020';
import type { Caller } from '../context/Caller';
import { assertVersion, updateVersioned } from '../database/updateVersioned';
import { CreateIdempotencyKeys1766850000000 } from '../idempotency/CreateIdempotencyKeys1766850000000';
import { IdempotencyKeys } from '../idempotency/IdempotencyKeys';
import { IdempotencyRecord } from '../idempotency/IdempotencyRecord';
import { testDatabases } from '../testing/testDatabases';
import { assertTransition, defineLifecycle } from '../writes/lifecycle';
import { WritePipeline } from '../writes/WritePipeline';
import { authorizeWrite, type WritePolicy } from '../writes/writePolicy';
import { tableMigration } from './tableMigration';
import { throwawayDatabase } from './throwawayDatabase';

@Entity('pipeline_tickets')
class Ticket {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'integer' })
  version: number;
}

const CreateTickets1000000000004 = tableMigration(1000000000004, {
  name: 'pipeline_tickets',
  columns: [
    { name: 'id', type: 'varchar', length: '64', isPrimary: true },
    { name: 'status', type: 'varchar', length: '20' },
    { name: 'version', type: 'integer' },
  ],
});

const policy: WritePolicy = { editorRole: 'editor:talent', registrarOperations: ['enrolTicket'] };
const editor: Caller = { id: 'editor-1', roles: ['editor:talent'], institutionId: null };
const viewer: Caller = { id: 'viewer-1', roles: ['viewer'], institutionId: null };
const anonymous: Caller = { id: null, roles: [], institutionId: null };
const registrar: Caller = { id: 'registrar-1', roles: ['registrar'], institutionId: 'aztu' };
const admin: Caller = { id: 'admin-1', roles: ['admin'], institutionId: null };

const ticketLifecycle = defineLifecycle('ticket', { OPEN: ['DONE', 'DROPPED'], DONE: [], DROPPED: [] });

const codeOf = (error: unknown) => (error as GraphQLError).extensions?.code;

describe('authorizeWrite', () => {
  it('lets the editor role and admin make every write, a registrar only the declared ones for their university', () => {
    expect(authorizeWrite(editor, policy, 'closeTicket')).toEqual({ actor: 'editor-1', onlyStudentsOf: null });
    expect(authorizeWrite(admin, policy, 'closeTicket')).toEqual({ actor: 'admin-1', onlyStudentsOf: null });
    expect(authorizeWrite(registrar, policy, 'enrolTicket')).toEqual({ actor: 'registrar-1', onlyStudentsOf: 'aztu' });
  });

  it.each([
    ['anonymous', anonymous, 'closeTicket', 'UNAUTHENTICATED'],
    ['a viewer', viewer, 'closeTicket', 'FORBIDDEN'],
    ['a registrar, for a write the policy keeps for editors', registrar, 'closeTicket', 'FORBIDDEN'],
    ['a registrar without a university', { ...registrar, institutionId: null }, 'enrolTicket', 'FORBIDDEN'],
  ])('refuses %s', (_, caller, operation, code) => {
    let refusal: unknown;
    try {
      authorizeWrite(caller, policy, operation);
    } catch (error) {
      refusal = error;
    }
    expect(codeOf(refusal)).toBe(code);
    expect((refusal as Error).message).toContain(operation);
    expect((refusal as Error).message).toContain('editor:talent or admin');
  });
});

describe('lifecycles and versions', () => {
  it('allow the declared moves only, naming the argument, both statuses and what is allowed', () => {
    expect(() => assertTransition(ticketLifecycle, 't-1', 'OPEN', 'DONE', 'to')).not.toThrow();
    expect(() => assertTransition(ticketLifecycle, 't-1', 'OPEN', 'OPEN', 'to')).toThrow(
      expect.objectContaining({
        message:
          'Invalid value for "to": ticket "t-1" cannot move from OPEN to OPEN; it can only move to DONE or DROPPED',
        extensions: {
          code: 'BAD_USER_INPUT',
          argumentName: 'to',
          from: 'OPEN',
          to: 'OPEN',
          allowed: ['DONE', 'DROPPED'],
        },
      }),
    );
    expect(() => assertTransition(ticketLifecycle, 't-1', 'DONE', 'OPEN', 'status')).toThrow(/DONE is final/);
  });

  it('check an expected version when given, and accept any when left out', () => {
    const current = { id: 't-1', version: 3 };
    expect(() => assertVersion('ticket', current, 3)).not.toThrow();
    expect(() => assertVersion('ticket', current, null)).not.toThrow();
    expect(() => assertVersion('ticket', current, 2)).toThrow(
      expect.objectContaining({
        extensions: {
          code: 'CONFLICT',
          id: 't-1',
          expectedVersion: 2,
          currentVersion: 3,
          argumentName: 'expectedVersion',
        },
      }),
    );
  });
});

/** The pipeline: authorize → check → one transaction (version, write, audit) → invalidate. */
describe.each(testDatabases())('WritePipeline on $label', (db) => {
  const dataSource = throwawayDatabase(
    db,
    'pipeline',
    [Ticket, AuditEntry, IdempotencyRecord],
    [CreateTickets1000000000004, CreateAuditLog1700000000020, CreateIdempotencyKeys1766850000000],
  );
  const pipeline = () => new WritePipeline(dataSource(), policy, new IdempotencyKeys());
  const tickets = () => dataSource().getRepository(Ticket);
  const entriesOf = (entityId: string) => dataSource().getRepository(AuditEntry).findBy({ entityId });
  let sequence = 0;

  /** Opens a ticket through the pipeline: a create with its CREATE entry. */
  const open = (caller: Caller, key?: string) => {
    const id = `ticket-${++sequence}`;
    return pipeline().run(caller, {
      operation: 'openTicket',
      idempotency: { key, input: { title: 'same input' } },
      write: async ({ manager, audit }) => {
        await manager.getRepository(Ticket).insert({ id, status: 'OPEN', version: 1 });
        await audit({
          entityType: 'Ticket',
          entityId: id,
          action: 'CREATE',
          before: null,
          after: { id, status: 'OPEN' },
        });
        return id;
      },
    });
  };

  /** Moves a ticket: version check, versioned update and TRANSITION entry in the same transaction. */
  const move = (caller: Caller, id: string, to: string, expectedVersion: number | null, failAfterAudit = false) =>
    pipeline().run(caller, {
      operation: 'closeTicket',
      check: () => to,
      write: async ({ manager, audit }, checkedTo) => {
        const current = await manager.getRepository(Ticket).findOneByOrFail({ id });
        assertVersion('ticket', current, expectedVersion);
        assertTransition(ticketLifecycle, id, current.status, checkedTo, 'to');
        const version = await updateVersioned(manager, Ticket, id, current.version, { status: checkedTo }, 'ticket');
        await audit({
          entityType: 'Ticket',
          entityId: id,
          action: 'TRANSITION',
          before: current,
          after: { ...current, status: checkedTo, version },
        });
        if (failAfterAudit) throw new Error('storage failed after the audit entry');
        return id;
      },
    });

  it('writes the change and its audit entry, with the caller as actor', async () => {
    const id = await open(editor);
    await move(admin, id, 'DONE', 1);
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'DONE', version: 2 });
    const entries = await entriesOf(id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['CREATE', 'editor-1'],
      ['TRANSITION', 'admin-1'],
    ]);
  });

  it('refuses a caller before checking or writing anything', async () => {
    const check = jest.fn();
    const write = jest.fn();
    const refused = await pipeline()
      .run(viewer, { operation: 'closeTicket', check, write })
      .catch((e: unknown) => e);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(check).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('rolls the change back with its audit entry when the write fails after it', async () => {
    const id = await open(editor);
    await expect(move(editor, id, 'DONE', 1, true)).rejects.toThrow('storage failed');
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'OPEN', version: 1 });
    expect((await entriesOf(id)).map((e) => e.action)).toEqual(['CREATE']);
  });

  it('refuses a stale version and a move the lifecycle does not allow, writing nothing', async () => {
    const id = await open(editor);
    expect(codeOf(await move(editor, id, 'DONE', 4).catch((e: unknown) => e))).toBe('CONFLICT');
    expect(codeOf(await move(editor, id, 'OPEN', null).catch((e: unknown) => e))).toBe('BAD_USER_INPUT');
    expect(await tickets().findOneByOrFail({ id })).toMatchObject({ status: 'OPEN', version: 1 });
    expect(await entriesOf(id)).toHaveLength(1);
  });

  it('answers a repeated create with an idempotency key by the first record, writing once', async () => {
    const first = await open(editor, 'open-ticket-once');
    const again = await open(editor, 'open-ticket-once');
    expect(again).toBe(first);
    expect(await tickets().countBy({ id: `ticket-${sequence}` })).toBe(0);
    expect(await entriesOf(first)).toHaveLength(1);
  });
});
