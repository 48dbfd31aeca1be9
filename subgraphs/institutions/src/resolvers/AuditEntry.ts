import type { AuditEntryResolvers } from '../generated/resolvers';

const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const AuditEntry: AuditEntryResolvers = {
  before: (entry) => jsonText(entry.before),
  after: (entry) => jsonText(entry.after),
};
