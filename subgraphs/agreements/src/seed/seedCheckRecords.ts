import { seedCheckRecorder, seedValues, type SeedCheckRecord } from '@partnership-graph/shared';
import { agreementsSeed } from './data';
import { agreementsProvenance } from './provenance';
import type { AgreementsSeed } from './types';

const { text, date, fact } = seedValues;

/** The seed's records with their values by GraphQL field, their citations (with stated fields) and claims. */
export function agreementsSeedCheckRecords(seed: AgreementsSeed = agreementsSeed): SeedCheckRecord[] {
  const record = seedCheckRecorder(agreementsProvenance);
  return [
    ...seed.agreements.map((a) =>
      record('agreement', a, {
        title: text(a.title),
        kind: fact(a.kind),
        status: fact(a.status),
        description: text(a.description),
        signedOn: date(a.signedOn),
        validFrom: date(a.validFrom),
        validUntil: date(a.validUntil),
        parties: fact(a.parties.map((p) => p.institutionId)),
        areas: fact(a.areas),
        commitments: text(...a.commitments.map((c) => c.description)),
      }),
    ),
    ...seed.events.map((e) =>
      record('event', e, {
        title: text(e.title),
        kind: fact(e.kind),
        description: text(e.description),
        startsOn: date(e.startsOn),
        endsOn: date(e.endsOn),
        online: e.online == null ? null : { fact: true },
        location: text(e.location),
        organizers: fact(e.organizerIds),
        partners: fact(e.partnerIds),
        participants: fact(e.participantIds),
        speakers: text(...e.speakers.map((s) => s.contribution)),
        attendance: text(e.attendance),
        topics: text(...e.topics),
        decisions: text(...e.decisions),
      }),
    ),
  ];
}
