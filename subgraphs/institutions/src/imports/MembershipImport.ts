import type { DataSource, EntityManager } from 'typeorm';
import { naturalKey, reject, type WritePipeline } from '@partnership-graph/shared';
import { Membership } from '../entities/Membership';
import { InstitutionRepository } from '../repositories/InstitutionRepository';
import { MembershipRepository } from '../repositories/MembershipRepository';
import { unique } from './InstitutionImport';
import { RecordMatcher } from './RecordMatcher';
import type { MembershipImportInput } from '../generated/resolvers';
import { StoredRecordImport } from './StoredRecordImport';
import { plannedRows, sameColumns } from './rowChecks';

const keyOf = (m: { memberId: string; organizationId: string; role: string }) =>
  naturalKey(m.memberId, m.organizationId, m.role);

/** Roles are stored as the schema shows them: MEMBER, REGIONAL_CENTER… */
function normaliseRole(role: string): string {
  return role
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Memberships: matched by id, else by member, organisation and folded role. Both institutions must exist. */
export class MembershipImport extends StoredRecordImport<MembershipImportInput, Membership, MembershipRepository> {
  readonly entityType = 'Membership';
  readonly recordType = 'membership';
  protected readonly mutation = 'importMemberships';
  readonly sameRecord = sameColumns<Membership>(['memberId', 'organizationId', 'role', 'since', 'until', 'note']);
  private readonly institutions: InstitutionRepository;

  constructor(dataSource: DataSource, pipeline: WritePipeline) {
    super(dataSource, new MembershipRepository(dataSource), pipeline);
    this.institutions = new InstitutionRepository(dataSource);
  }

  async plan(manager: EntityManager, inputs: readonly MembershipImportInput[]) {
    const rows = this.checkRows(inputs, (c, input) => {
      const memberId = c.id('memberId', input.memberId);
      const organizationId = c.id('organizationId', input.organizationId);
      const role = normaliseRole(c.required('role', input.role, 40));
      if (input.role?.trim() && !role) c.problem('role', `not a role such as MEMBER: ${input.role.slice(0, 40)}`);
      const since = c.date('since', input.since);
      const until = c.date('until', input.until);
      c.dateOrder('until', since, until, 'since');
      const note = c.optional('note', input.note, 500);
      if (memberId && memberId === organizationId)
        c.problem('organizationId', 'an institution cannot be a member of itself');
      return { memberId, organizationId, role, since, until, note };
    });
    const institutions = await this.institutions.existingIds(
      manager,
      unique(rows.flatMap((r) => [r.memberId, r.organizationId])),
    );
    const stored = await this.repository.findForImport(manager, {
      id: unique(rows.map((r) => r.id)),
      memberId: unique(rows.filter((r) => r.id === null).map((r) => r.memberId)),
    });
    const matcher = new RecordMatcher(stored, keyOf);
    for (const r of rows) {
      for (const field of ['memberId', 'organizationId'] as const) {
        const value = r[field];
        if (value && !institutions.has(value)) reject(r.result, { field, reason: `unknown institution: ${value}` });
      }
      if (!r.memberId || !r.organizationId) continue;
      const key = keyOf({ memberId: r.memberId, organizationId: r.organizationId, role: r.role });
      r.stored = matcher.match(r.result, r.id, key, `${r.memberId} ${r.role} ${r.organizationId}`, 'membership');
    }
    return plannedRows(rows, (r, id) =>
      Object.assign(new Membership(), {
        id,
        memberId: r.memberId!,
        organizationId: r.organizationId!,
        role: r.role,
        since: r.since ?? r.stored?.since ?? null,
        until: r.until ?? r.stored?.until ?? null,
        note: r.note ?? r.stored?.note ?? null,
      }),
    );
  }
}
