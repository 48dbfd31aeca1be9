import { auditEntryResolvers } from '@partnership-graph/shared';
import type { AuditEntryResolvers } from '../generated/resolvers';

export const AuditEntry: AuditEntryResolvers = auditEntryResolvers;
