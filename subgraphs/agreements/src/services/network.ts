import type { DataSource } from 'typeorm';
import { cachedRead, limitReached, type AnalyticsWork, type TimeBudget } from '@partnership-graph/shared';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, type AgreementFilter } from '../repositories/AgreementRepository';
import { chunks } from '@partnership-graph/shared';

/** The most nodes `partnershipNetwork` returns (`maxNodes` asks for fewer). */
export const NETWORK_MAX_NODES = 500;
/** The most edges `partnershipNetwork` returns (`maxEdges` asks for fewer). */
export const NETWORK_MAX_EDGES = 2_000;
/** The most shared agreements one edge lists (`weight` counts them all). */
export const EDGE_MAX_AGREEMENTS = 20;
/** The longest chain `partnershipPath` looks for (`maxDepth` asks for shorter). */
export const PATH_MAX_DEPTH = 6;
/** The most institutions one `partnershipPath` search may reach before it gives up. */
export const PATH_MAX_INSTITUTIONS = 10_000;
/** The most agreements one `partnershipPath` search may read before it gives up. */
export const PATH_MAX_AGREEMENTS = 50_000;
/** Ids per statement of a search step: far below SQLite's 32,766 variables. */
const LINK_BATCH = 500;

/** Two institutions that share agreements (`sourceId` < `targetId`). */
export interface PartnershipEdgeRow {
  sourceId: string;
  targetId: string;
  weight: number;
  firstSignedOn: string | null;
  lastSignedOn: string | null;
  /** The first EDGE_MAX_AGREEMENTS shared agreements by id, read only when asked for (for every edge at once). */
  agreementIds: () => Promise<string[]>;
}

export interface PartnershipNetworkRow {
  nodeIds: string[];
  edges: PartnershipEdgeRow[];
  truncated: boolean;
  /** Counted only when asked for, and only when the network was cut. */
  totalNodes: () => Promise<number>;
  totalEdges: () => Promise<number>;
}

/** A chain of agreements: `agreementIds[i]` links `institutionIds[i]` and `institutionIds[i + 1]`. */
export interface PartnershipPathRow {
  institutionIds: string[];
  agreementIds: string[];
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Runs `compute` at most once, when first asked. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

/**
 * The institutions linked by agreements: the network for drawing, and the shortest
 * chain between two of them, each within its bounds (nodes, edges, depth, institutions
 * reached and the time budget) and read through the aggregate cache.
 */
export class PartnershipNetworkService {
  private readonly agreements: AgreementRepository;
  private readonly parties: AgreementPartyRepository;

  constructor(private readonly dataSource: DataSource) {
    this.agreements = new AgreementRepository(dataSource);
    this.parties = new AgreementPartyRepository(dataSource);
  }

  /**
   * The `maxNodes` institutions that are parties to the most selected agreements and
   * the `maxEdges` heaviest edges between them: one statement each (one more row than
   * asked tells whether anything was left out); totals and shared agreements are read
   * only when asked for.
   */
  async network(
    filter: AgreementFilter,
    maxNodes: number,
    maxEdges: number,
    work: AnalyticsWork,
  ): Promise<PartnershipNetworkRow> {
    const { budget } = work;
    const { nodeIds, nodesCut, pairs } = await work.run(async () => {
      const top = await this.agreements.findTopParties(filter, maxNodes + 1);
      budget.check({ nodesRead: Math.min(top.length, maxNodes) });
      const ids = top
        .slice(0, maxNodes)
        .map((row) => row.institutionId)
        .sort(byText);
      return {
        nodeIds: ids,
        nodesCut: top.length > maxNodes,
        pairs: await this.agreements.findPartyPairs(filter, ids, maxEdges + 1),
      };
    });
    budget.check({ nodesRead: nodeIds.length, edgesRead: Math.min(pairs.length, maxEdges) });
    const kept = pairs.slice(0, maxEdges);
    const truncated = nodesCut || pairs.length > maxEdges;
    // Read after the network when asked for, within the same budget and turn-taking.
    const later = <T>(read: () => Promise<T>) =>
      once(() =>
        work.run(async () => {
          budget.check({ nodesRead: nodeIds.length, edgesRead: kept.length });
          return read();
        }),
      );
    const shared = later(() => this.agreements.findSharedAgreementIds(filter, kept, EDGE_MAX_AGREEMENTS));
    return {
      nodeIds,
      edges: kept.map((pair) => ({
        ...pair,
        agreementIds: async () => (await shared()).get(`${pair.sourceId} ${pair.targetId}`) ?? [],
      })),
      truncated,
      totalNodes: nodesCut ? later(() => this.agreements.countPartyInstitutions(filter)) : async () => nodeIds.length,
      totalEdges: truncated ? later(() => this.agreements.countPartyPairs(filter)) : async () => kept.length,
    };
  }

  /**
   * The shortest chain of at most `maxDepth` agreements from `from` to `to`, through the
   * aggregate cache. Null at once when either is a party to nothing (no search).
   */
  path(from: string, to: string, maxDepth: number, budget: TimeBudget): Promise<PartnershipPathRow | null> {
    return cachedRead(this.dataSource, `partnershipPath\u0000${from}\u0000${to}\u0000${maxDepth}`, () =>
      this.search(from, to, maxDepth, budget),
    );
  }

  /**
   * A breadth-first search over institutions and the agreements between them. Each step
   * reads the agreements of the frontier not read before, then their parties: one
   * statement per LINK_BATCH ids, and every agreement's parties are read once, however
   * many parties it has. Institutions and agreements are taken in id order (an
   * institution is reached through the smallest frontier institution, then the
   * smallest agreement), so among equally short chains the same one is found every
   * time. Stops with LIMIT_REACHED past PATH_MAX_INSTITUTIONS institutions or
   * PATH_MAX_AGREEMENTS agreements reached, or past the time budget.
   */
  private async search(
    from: string,
    to: string,
    maxDepth: number,
    budget: TimeBudget,
  ): Promise<PartnershipPathRow | null> {
    const parties = await this.parties.findParties(from === to ? [from] : [from, to]);
    if (!parties.has(from) || !parties.has(to)) return null;
    if (from === to) return { institutionIds: [from], agreementIds: [] };
    // Each reached institution → the institution and agreement it was reached by.
    const reachedBy = new Map<string, { previous: string; agreementId: string } | null>([[from, null]]);
    // Each agreement read → the first frontier institution that is a party to it.
    const agreementOwner = new Map<string, string>();
    const progress = (depth: number) => ({
      depthSearched: depth - 1,
      institutionsReached: reachedBy.size,
      agreementsReached: agreementOwner.size,
    });
    const stop = (depth: number, what: string) =>
      limitReached(
        `partnershipPath reached ${what} within ${depth} agreements of "${from}" without finding "${to}", more than a search may reach ` +
          `(${PATH_MAX_INSTITUTIONS} institutions, ${PATH_MAX_AGREEMENTS} agreements); a longer chain may still exist`,
        {
          limit: reachedBy.size > PATH_MAX_INSTITUTIONS ? 'institutionsReached' : 'agreementsReached',
          maxInstitutions: PATH_MAX_INSTITUTIONS,
          maxAgreements: PATH_MAX_AGREEMENTS,
          ...progress(depth),
        },
      );
    let frontier = [from];
    for (let depth = 1; depth <= maxDepth && frontier.length; depth += 1) {
      // The frontier's agreements not read before, in (institution, agreement) order.
      const opened: string[] = [];
      for (const batch of chunks(frontier, LINK_BATCH)) {
        budget.check(progress(depth));
        for (const { institutionId, agreementId } of await this.parties.findMemberships(batch)) {
          if (agreementOwner.has(agreementId)) continue;
          agreementOwner.set(agreementId, institutionId);
          opened.push(agreementId);
        }
        if (agreementOwner.size > PATH_MAX_AGREEMENTS) throw stop(depth, `${agreementOwner.size} agreements`);
      }
      const next: string[] = [];
      for (const batch of chunks(opened, LINK_BATCH)) {
        budget.check(progress(depth));
        const partiesOf = new Map<string, string[]>();
        for (const { agreementId, institutionId } of await this.parties.findPartyIds(batch)) {
          const list = partiesOf.get(agreementId);
          if (list) list.push(institutionId);
          else partiesOf.set(agreementId, [institutionId]);
        }
        for (const agreementId of batch) {
          const previous = agreementOwner.get(agreementId) as string;
          for (const partnerId of partiesOf.get(agreementId) ?? []) {
            if (reachedBy.has(partnerId)) continue;
            reachedBy.set(partnerId, { previous, agreementId });
            if (partnerId === to) return this.chainTo(to, reachedBy);
            next.push(partnerId);
          }
        }
        if (reachedBy.size > PATH_MAX_INSTITUTIONS) throw stop(depth, `${reachedBy.size} institutions`);
      }
      frontier = next.sort(byText);
    }
    return null;
  }

  private chainTo(
    to: string,
    reachedBy: Map<string, { previous: string; agreementId: string } | null>,
  ): PartnershipPathRow {
    const institutionIds = [to];
    const agreementIds: string[] = [];
    for (let step = reachedBy.get(to); step; step = reachedBy.get(step.previous)) {
      institutionIds.push(step.previous);
      agreementIds.push(step.agreementId);
    }
    return { institutionIds: institutionIds.reverse(), agreementIds: agreementIds.reverse() };
  }
}
