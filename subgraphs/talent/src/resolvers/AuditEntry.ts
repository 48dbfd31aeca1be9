import type { AuditEntry as AuditEntryRow } from '../entities/AuditEntry';
import type { AuditEntryResolvers } from '../generated/resolvers';

export const AuditEntry: AuditEntryResolvers = {
  // Stored as an increasing integer (the log's order); an ID is a string.
  id: (entry: AuditEntryRow) => String(entry.id),
};
