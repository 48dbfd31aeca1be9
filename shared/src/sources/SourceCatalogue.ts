import DataLoader from 'dataloader';
import { toConnection, type Connection, type PageRequest } from '../graphql/pagination';
import { querySubgraph } from '../federation/querySubgraph';
import type { SourceDocument } from './SourceDocument';
import type { SourceDocumentRepository, SourceFilter } from './SourceDocumentRepository';

/** The other subgraphs that hold source documents (name for errors, URL), and the headers they answer (the subgraph secret). */
export interface SourcePeers {
  peers: ReadonlyArray<{ name: string; url: string }>;
  headers: () => Record<string, string>;
}

const documentsQuery = `query SourceDocuments($filter: SourceFilter, $ids: [ID!]) {
  _sourceDocuments(filter: $filter, ids: $ids) { id title titleIsDescriptive publisher url publishedOn language }
}`;

/** The order of `sources`: newest first, undated last, then by id. `key` is the date, '' when undated. */
function compareKeys(a: { key: string; id: string }, b: { key: string; id: string }): number {
  if (a.key !== b.key) {
    if (a.key === '') return 1;
    if (b.key === '') return -1;
    return a.key > b.key ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const noFilter: SourceFilter = { language: null, publisher: null, publishedFrom: null, publishedTo: null };

const keyOf = (document: SourceDocument) => ({ key: document.publishedOn ?? '', id: document.id });

/**
 * Every source document the graph cites. Each subgraph keeps its own copy of the
 * documents its records cite (ids are stable: the seed's, or a hash of an imported
 * document's title, publisher, URL, date and language), so the catalogue is the union
 * of this subgraph's documents and those the peers hold, asked through their internal
 * `_sourceDocuments` field with the shared secret, one request per peer. Make one per
 * request (its `byId` loader caches for that request only).
 */
export class SourceCatalogue {
  /** `source(id:)`: the ids one request asks for, looked up together. */
  readonly byId = new DataLoader<string, SourceDocument | null>(async (ids) => {
    const found = new Map((await this.find(noFilter, ids)).map((document) => [document.id, document]));
    return ids.map((id) => found.get(id) ?? null);
  });

  constructor(
    private readonly local: SourceDocumentRepository,
    private readonly others: SourcePeers = { peers: [], headers: () => ({}) },
    private readonly timeoutMs = 5_000,
  ) {}

  /** The documents meeting the filter (and, given `ids`, having one of them), in `sources` order, each once. */
  async find(filter: SourceFilter, ids?: readonly string[]): Promise<SourceDocument[]> {
    const lists = await Promise.all([
      this.local.findMatching(filter, ids),
      ...this.others.peers.map(async (peer) => {
        const data = await querySubgraph<{ _sourceDocuments: SourceDocument[] }>(
          peer.url,
          documentsQuery,
          { filter, ids: ids ?? null },
          {
            headers: this.others.headers,
            timeoutMs: this.timeoutMs,
            unavailable: `Cannot list sources: the ${peer.name} subgraph`,
            subgraph: peer.name,
          },
        );
        return data._sourceDocuments;
      }),
    ]);
    // The same id is the same document wherever it is held; the first copy serves.
    const byId = new Map<string, SourceDocument>();
    for (const document of lists.flat()) if (!byId.has(document.id)) byId.set(document.id, document);
    return [...byId.values()].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  }

  /** One page of `sources`: the documents after the cursor's position, in order. */
  async page(filter: SourceFilter, page: PageRequest): Promise<Connection<SourceDocument>> {
    const all = await this.find(filter);
    const after = page.after ? { key: String(page.after.key ?? ''), id: page.after.id } : null;
    const rest = after ? all.filter((document) => compareKeys(keyOf(document), after) > 0) : all;
    return toConnection(rest, page, keyOf, async () => all.length);
  }
}
