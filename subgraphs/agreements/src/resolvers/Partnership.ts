import { mustExist } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type {
  PartnershipEdgeResolvers,
  PartnershipNetworkResolvers,
  PartnershipPathResolvers,
} from '../generated/resolvers';
import { institutionRef } from './references';

/** Agreements by stored id: each must exist (the ids were just read from the agreements table). */
function loadAgreements(ids: readonly string[], ctx: AgreementsContext) {
  return Promise.all(ids.map((id) => mustExist(ctx.loaders.agreement.load(id), `agreement ${id}`)));
}

export const PartnershipNetwork: PartnershipNetworkResolvers = {
  nodes: (network) => network.nodeIds.map(institutionRef),
  edges: (network) => network.edges,
  totalNodes: (network) => network.totalNodes(),
  totalEdges: (network) => network.totalEdges(),
};

export const PartnershipEdge: PartnershipEdgeResolvers = {
  source: (edge) => institutionRef(edge.sourceId),
  target: (edge) => institutionRef(edge.targetId),
  agreementIds: (edge) => edge.agreementIds(),
  agreements: async (edge, _, ctx) => loadAgreements(await edge.agreementIds(), ctx),
};

export const PartnershipPath: PartnershipPathResolvers = {
  institutions: (path) => path.institutionIds.map(institutionRef),
  agreements: (path, _, ctx) => loadAgreements(path.agreementIds, ctx),
  length: (path) => path.agreementIds.length,
};
