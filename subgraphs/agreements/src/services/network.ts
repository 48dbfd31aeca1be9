import type { DataSource } from 'typeorm';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, type AgreementFilter } from '../repositories/AgreementRepository';

/** Two institutions that share agreements (`sourceId` < `targetId`). */
export interface PartnershipEdgeRow {
  sourceId: string;
  targetId: string;
  weight: number;
  firstSignedOn: string | null;
  lastSignedOn: string | null;
  agreementIds: string[];
}

export interface PartnershipNetworkRow {
  nodeIds: string[];
  edges: PartnershipEdgeRow[];
}

/** A chain of agreements: `agreementIds[i]` links `institutionIds[i]` and `institutionIds[i + 1]`. */
export interface PartnershipPathRow {
  institutionIds: string[];
  agreementIds: string[];
}

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Partial ISO dates compare as text ("2025" before "2025-07-04"), as in `Institution.partners`. */
function earlier(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a <= b ? a : b;
}
function later(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a >= b ? a : b;
}

/** The institutions linked by agreements: the network for drawing, and the shortest chain between two of them. */
export class PartnershipNetworkService {
  private readonly agreements: AgreementRepository;
  private readonly parties: AgreementPartyRepository;

  constructor(dataSource: DataSource) {
    this.agreements = new AgreementRepository(dataSource);
    this.parties = new AgreementPartyRepository(dataSource);
  }

  /** Nodes and weighted edges of the agreements the filter selects, from one statement. */
  async network(filter: AgreementFilter): Promise<PartnershipNetworkRow> {
    const pairs = await this.agreements.findPartyPairs(filter);
    const nodes = new Set<string>();
    const edges = new Map<string, PartnershipEdgeRow>();
    for (const pair of pairs) {
      nodes.add(pair.institutionId);
      if (pair.otherId === null) continue;
      nodes.add(pair.otherId);
      const key = `${pair.institutionId} ${pair.otherId}`;
      const edge = edges.get(key) ?? {
        sourceId: pair.institutionId,
        targetId: pair.otherId,
        weight: 0,
        firstSignedOn: null,
        lastSignedOn: null,
        agreementIds: [],
      };
      if (!edge.agreementIds.includes(pair.agreementId)) {
        edge.agreementIds.push(pair.agreementId);
        edge.weight += 1;
        edge.firstSignedOn = earlier(edge.firstSignedOn, pair.signedOn);
        edge.lastSignedOn = later(edge.lastSignedOn, pair.signedOn);
      }
      edges.set(key, edge);
    }
    for (const edge of edges.values()) edge.agreementIds.sort(byText);
    return {
      nodeIds: [...nodes].sort(byText),
      edges: [...edges.values()].sort(
        (x, y) => y.weight - x.weight || byText(x.sourceId, y.sourceId) || byText(x.targetId, y.targetId),
      ),
    };
  }

  /**
   * The shortest chain of agreements from `from` to `to`: a breadth-first search over
   * the institutions that share an agreement, one statement per step (all links of the
   * current frontier at once). Institutions and links are visited in id order, so
   * among equally short chains the same one is found every time. Null when none.
   */
  async path(from: string, to: string): Promise<PartnershipPathRow | null> {
    if (from === to) return (await this.parties.isParty(from)) ? { institutionIds: [from], agreementIds: [] } : null;
    // Each reached institution → the institution and agreement it was reached by.
    const reachedBy = new Map<string, { previous: string; agreementId: string } | null>([[from, null]]);
    let frontier = [from];
    while (frontier.length) {
      const next: string[] = [];
      for (const link of await this.parties.findLinks(frontier)) {
        if (reachedBy.has(link.partnerId)) continue;
        reachedBy.set(link.partnerId, { previous: link.institutionId, agreementId: link.agreementId });
        if (link.partnerId === to) return this.chainTo(to, reachedBy);
        next.push(link.partnerId);
      }
      frontier = next.sort(byText);
    }
    return null;
  }

  private chainTo(to: string, reachedBy: Map<string, { previous: string; agreementId: string } | null>): PartnershipPathRow {
    const institutionIds = [to];
    const agreementIds: string[] = [];
    for (let step = reachedBy.get(to); step; step = reachedBy.get(step.previous)) {
      institutionIds.unshift(step.previous);
      agreementIds.unshift(step.agreementId);
    }
    return { institutionIds, agreementIds };
  }
}
