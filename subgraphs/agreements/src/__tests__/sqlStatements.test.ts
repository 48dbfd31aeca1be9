import { testDatabases } from '@partnership-graph/shared/testing';
import { Citation, SourceDocument, seedSources } from '@partnership-graph/shared';
import { agreementColumns } from '../repositories/AgreementRepository';
import { storedEventColumns } from '../repositories/EventRepository';
import { Agreement } from '../entities/Agreement';
import { AgreementCommitment } from '../entities/AgreementCommitment';
import { AgreementParty } from '../entities/AgreementParty';
import { Event } from '../entities/Event';
import { EventParticipant } from '../entities/EventParticipant';
import { EventSpeaker } from '../entities/EventSpeaker';
import { openFixture, type AgreementsFixture } from './fixture';

const institutionId = (i: number) => `synthetic-${String(i).padStart(3, '0')}`;
const personId = (i: number) => `${institutionId(i)}-rector`;

/**
 * Synthetic rows (ids start with "synthetic-") in this test's own database only:
 * each of `count` institutions has three agreements with its neighbours, signed by
 * its rector, and organises an event where its rector speaks.
 */
async function insertSynthetic(fx: AgreementsFixture, count: number): Promise<void> {
  const manager = fx.dataSource.manager;
  await manager.insert(
    SourceDocument,
    seedSources.filter((s) => s.id === 'src-aic-three-years').map((s) => ({ ...s })),
  );
  const agreements: Agreement[] = [];
  const parties: AgreementParty[] = [];
  const commitments: AgreementCommitment[] = [];
  const citations: Citation[] = [];
  const events: Event[] = [];
  const participants: EventParticipant[] = [];
  const speakers: EventSpeaker[] = [];
  for (let i = 0; i < count; i++) {
    for (let k = 1; k <= 3; k++) {
      const id = `${institutionId(i)}-agreement-${k}`;
      const values = {
        title: `Synthetic agreement ${i}/${k}`,
        titleIsDescriptive: true,
        kind: 'COOPERATION_AGREEMENT',
        status: 'SIGNED',
        description: null,
        signedOn: `202${k}-0${(i % 9) + 1}`,
        validFrom: null,
        validUntil: null,
        areas: ['synthetic'],
      };
      agreements.push(Object.assign(new Agreement(), { id, version: 1, ...agreementColumns(values, []) }));
      parties.push(
        Object.assign(new AgreementParty(), {
          agreementId: id,
          institutionId: institutionId(i),
          role: 'PARTY',
          signatoryId: personId(i),
          position: 0,
        }),
        Object.assign(new AgreementParty(), {
          agreementId: id,
          institutionId: institutionId((i + k) % count),
          role: 'PARTY',
          signatoryId: personId((i + k) % count),
          position: 1,
        }),
      );
      commitments.push(
        Object.assign(new AgreementCommitment(), {
          agreementId: id,
          position: 0,
          kind: 'INTERNSHIPS',
          description: null,
        }),
      );
      citations.push(
        Object.assign(new Citation(), { recordKey: `agreement:${id}`, sourceId: 'src-aic-three-years', quote: null }),
      );
    }
    const eventId = `${institutionId(i)}-event`;
    events.push(
      Object.assign(new Event(), {
        id: eventId,
        version: 1,
        ...storedEventColumns({
          title: `Synthetic event ${i}`,
          titleIsDescriptive: true,
          kind: 'SEMINAR',
          description: null,
          startsOn: '2024-01-01',
          endsOn: null,
          online: null,
          location: null,
          attendance: null,
          topics: [],
          decisions: [],
        }),
      }),
    );
    participants.push(
      Object.assign(new EventParticipant(), {
        eventId,
        institutionId: institutionId(i),
        role: 'ORGANIZER',
        position: 0,
      }),
    );
    speakers.push(
      Object.assign(new EventSpeaker(), {
        eventId,
        personId: personId(i),
        institutionId: institutionId(i),
        role: 'Rector',
        contribution: null,
        position: 0,
      }),
    );
  }
  for (const [target, rows] of [
    [Agreement, agreements],
    [AgreementParty, parties],
    [AgreementCommitment, commitments],
    [Citation, citations],
    [Event, events],
    [EventParticipant, participants],
    [EventSpeaker, speakers],
  ] as const) {
    for (let i = 0; i < rows.length; i += 200) await manager.insert(target, rows.slice(i, i + 200) as never);
  }
}

const institutionsQuery = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Institution {
      id
      agreements(first: 2) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id signedOn
          parties { institution { id } role signatory { id } }
          commitments { kind }
          sources { id }
        }
      }
      events { totalCount nodes { id organizers { id } speakers { person { id } institution { id } } } }
      partners { institution { id } agreementCount firstSignedOn lastSignedOn }
    }
  }
}`;

const peopleQuery = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Person {
      id
      signedAgreements { id parties { institution { id } } }
      eventRoles { role institution { id } event { id title speakers { person { id } } } }
    }
  }
}`;

describe.each(testDatabases())('SQL statements per request on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    await insertSynthetic(fx, 60);
  });
  afterAll(() => fx.close());

  async function statementsFor(
    query: string,
    typename: string,
    ids: string[],
  ): Promise<{ count: number; data: any[] }> {
    fx.sql.reset();
    const { data, errors } = await fx.query(query, { r: ids.map((id) => ({ __typename: typename, id })) });
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(ids.length);
    return { count: fx.sql.count, data: data?._entities };
  }

  const range = (n: number, map: (i: number) => string) => Array.from({ length: n }, (_, i) => map(i));

  it('the agreements, events and partners of 50 institutions cost what those of 5 do', async () => {
    const five = await statementsFor(institutionsQuery, 'Institution', range(5, institutionId));
    const fifty = await statementsFor(institutionsQuery, 'Institution', range(50, institutionId));
    console.log(`institutions' agreements: ${five.count} statements for 5, ${fifty.count} for 50`);
    expect(fifty.count).toBe(five.count);
    // agreements page + count, parties, commitments, sources, events page + count, participants, speakers, partners
    expect(fifty.count).toBeLessThanOrEqual(10);

    // …and the answers are real: each institution has its own page of agreements.
    for (const [i, institution] of fifty.data.entries()) {
      expect(institution.id).toBe(institutionId(i));
      expect(institution.agreements.totalCount).toBeGreaterThanOrEqual(3);
      expect(institution.agreements.nodes).toHaveLength(2);
      expect(institution.agreements.pageInfo.hasNextPage).toBe(true);
      for (const agreement of institution.agreements.nodes) {
        expect(agreement.parties.map((p: any) => p.institution.id)).toContain(institution.id);
        expect(agreement.parties[0].signatory.id).toMatch(/-rector$/);
        expect(agreement.sources).toEqual([{ id: 'src-aic-three-years' }]);
      }
      expect(institution.events.nodes[0].speakers[0].person.id).toBe(personId(i));
      expect(institution.partners.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the next page of every institution also costs the same', async () => {
    const first = await statementsFor(institutionsQuery, 'Institution', range(50, institutionId));
    fx.sql.reset();
    const cursors = first.data.map((i) => i.agreements.pageInfo.endCursor);
    expect(new Set(cursors).size).toBeGreaterThan(1);
    // Different cursors are different arguments: each page is asked for separately, so
    // use one cursor for all to show that a shared next page is still one statement.
    const next = await fx.query(
      `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Institution { agreements(first: 2, after: $after) { nodes { id signedOn } } } } }`,
      { r: range(50, institutionId).map((id) => ({ __typename: 'Institution', id })), after: cursors[0] },
    );
    expect(next.errors).toBeUndefined();
    expect(fx.sql.count).toBe(1);
  });

  it("what 50 people signed and where they spoke costs what 5 people's does", async () => {
    const five = await statementsFor(peopleQuery, 'Person', range(5, personId));
    const fifty = await statementsFor(peopleQuery, 'Person', range(50, personId));
    console.log(`people's agreements and event roles: ${five.count} statements for 5, ${fifty.count} for 50`);
    expect(fifty.count).toBe(five.count);
    expect(fifty.count).toBeLessThanOrEqual(4);
    for (const person of fifty.data) {
      expect(person.signedAgreements.length).toBeGreaterThanOrEqual(3);
      expect(person.eventRoles).toHaveLength(1);
    }
  });
});
