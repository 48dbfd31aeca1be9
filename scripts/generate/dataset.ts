import { buildSearchText, foldText, undatedLast, type SubgraphName } from '@partnership-graph/shared';
import { agreementAreaKeys, agreementSearchText } from '../../subgraphs/agreements/src/public';
import { positionRecord } from '../../subgraphs/institutions/src/public';
import type { Scale } from './args';
import { rngFor, type Rng } from './random';
import type { Row } from './sql';

/**
 * The synthetic dataset: sizes per scale and one pure function per record, so that
 * record i of a table is the same whatever the batch it is written in.
 *
 * Marking: every id starts with `syn-`, every record cites the one source document
 * `src-synthetic`, every name and title starts with "Synthetic" (or "Sintetik" for
 * Azerbaijani names).
 *
 * Shape (large = 1×, medium = 1/10, small = 1/100):
 *   institutions 100,000 (30 % universities, 40 % companies, agencies, institutes,
 *   alliances…), 2 people each (head and deputy, each with a position there),
 *   memberships of alliances 10,000;
 *   agreements 1,000,000 with 2–5 parties (a university and a company first; the
 *   signatories are the parties' heads) and 1–3 commitments; events 50,000 with
 *   2–4 participating institutions and 1–3 speakers;
 *   students 500,000; internship programmes 50,000 (each from an agreement: host = its
 *   company, universities = its university and sometimes another) with 1,000,000
 *   internships; thesis programmes 20,000 (from agreements) with 200,000 theses
 *   supervised by the parties' people; training programmes 10,000 with 100,000
 *   enrolments.
 */

export const SOURCE_ID = 'src-synthetic';
export const SOURCE_TITLE = 'Synthetic benchmark data (generated)';
export const ID_PREFIX = 'syn-';

const factor: Record<Scale, number> = { small: 0.01, medium: 0.1, large: 1 };

export interface Sizes {
  institutions: number;
  people: number;
  memberships: number;
  agreements: number;
  events: number;
  students: number;
  internshipPrograms: number;
  internships: number;
  thesisPrograms: number;
  theses: number;
  trainingPrograms: number;
  trainingEnrollments: number;
}

export function sizesFor(scale: Scale): Sizes {
  const f = factor[scale];
  const n = (large: number) => Math.round(large * f);
  const institutions = n(100_000);
  return {
    institutions,
    people: institutions * 2,
    memberships: institutions / 10,
    agreements: n(1_000_000),
    events: n(50_000),
    students: n(500_000),
    internshipPrograms: n(50_000),
    internships: n(1_000_000),
    thesisPrograms: n(20_000),
    theses: n(200_000),
    trainingPrograms: n(10_000),
    trainingEnrollments: n(100_000),
  };
}

/** The publisher line of the source document: which command wrote the data. */
export function datasetLabel(scale: Scale, seed: number): string {
  return `pnpm generate --scale ${scale} --seed ${seed}`;
}

// ---------------------------------------------------------------------------------
// ids

const pad = (i: number) => String(i).padStart(7, '0');
export const ids = {
  institution: (i: number) => `syn-inst-${pad(i)}`,
  person: (i: number) => `syn-person-${pad(i)}`,
  position: (i: number) => `syn-pos-${pad(i)}`,
  membership: (i: number) => `syn-mem-${pad(i)}`,
  agreement: (i: number) => `syn-agr-${pad(i)}`,
  event: (i: number) => `syn-event-${pad(i)}`,
  student: (i: number) => `syn-student-${pad(i)}`,
  internshipProgram: (i: number) => `syn-iprog-${pad(i)}`,
  internship: (i: number) => `syn-intern-${pad(i)}`,
  thesisProgram: (i: number) => `syn-tprog-${pad(i)}`,
  thesis: (i: number) => `syn-thesis-${pad(i)}`,
  trainingProgram: (i: number) => `syn-trprog-${pad(i)}`,
  trainingEnrollment: (i: number) => `syn-enrol-${pad(i)}`,
};

// ---------------------------------------------------------------------------------
// vocabulary

const places = [
  'Caspian',
  'Absheron',
  'Ganja',
  'Sheki',
  'Lankaran',
  'Shirvan',
  'Quba',
  'Nakhchivan',
  'Gabala',
  'Karabakh',
  'Anatolian',
  'Bavarian',
  'Rhine',
  'Baltic',
  'Silk Road',
  'Danube',
  'Alpine',
  'Aegean',
  'Nordic',
  'Pacific',
];
const placesAz = [
  'Xəzər',
  'Abşeron',
  'Gəncə',
  'Şəki',
  'Lənkəran',
  'Şirvan',
  'Quba',
  'Naxçıvan',
  'Qəbələ',
  'Qarabağ',
  'Anadolu',
  'Bavariya',
  'Reyn',
  'Baltik',
  'İpək Yolu',
  'Dunay',
  'Alp',
  'Egey',
  'Şimal',
  'Sakit Okean',
];
const faculties = [
  'Technical',
  'Oil and Industry',
  'Agrarian',
  'Medical',
  'Economic',
  'Pedagogical',
  'Architecture and Construction',
  'Polytechnic',
  'State',
  'Digital',
];
const industries = [
  'Energy',
  'Steel',
  'Aluminium',
  'Logistics',
  'Software',
  'Telecom',
  'Aerospace',
  'Chemicals',
  'Robotics',
  'Materials',
  'Water',
  'Grid',
  'Defence Technology',
  'Semiconductors',
  'Biotech',
];
const areas = [
  'artificial intelligence',
  'renewable energy',
  'oil and gas',
  'cybersecurity',
  'materials science',
  'logistics',
  'digital agriculture',
  'water management',
  'robotics',
  'biotechnology',
  'space technology',
  'smart grids',
  'data science',
  'construction',
  'metallurgy',
  'telecommunications',
  'chemistry',
  'environmental protection',
  'finance',
  'education technology',
];
const firstNames = [
  'Aysel',
  'Elçin',
  'Rəşad',
  'Günay',
  'Hans',
  'Jürgen',
  'Mehmet',
  'Ayşe',
  'Wei',
  'Min-jun',
  'Anna',
  'Luca',
  'Nodar',
  'Aigerim',
  'Tomasz',
  'Leyla',
];
const lastNames = [
  'Məmmədov',
  'Hüseynova',
  'Quliyev',
  'Əliyeva',
  'Schmidt',
  'Müller',
  'Yılmaz',
  'Demir',
  'Zhang',
  'Kim',
  'Rossi',
  'Kowalski',
  'Beridze',
  'Nurlanova',
  'Smith',
  'Həsənli',
];
const countries: ReadonlyArray<readonly [string, number, readonly string[]]> = [
  ['AZ', 40, ['Baku', 'Ganja', 'Sumqayıt', 'Şəki', 'Lənkəran']],
  ['TR', 12, ['Ankara', 'İstanbul', 'İzmir']],
  ['DE', 10, ['Berlin', 'München', 'Köln', 'Stuttgart']],
  ['GB', 6, ['London', 'Manchester', 'Edinburgh']],
  ['US', 6, ['Boston', 'Austin', 'San Jose']],
  ['CN', 5, ['Beijing', 'Shanghai', 'Shenzhen']],
  ['KR', 4, ['Seoul', 'Daejeon']],
  ['FR', 4, ['Paris', 'Lyon', 'Toulouse']],
  ['IT', 3, ['Milano', 'Torino']],
  ['KZ', 3, ['Almaty', 'Astana']],
  ['GE', 3, ['Tbilisi', 'Batumi']],
  ['UZ', 2, ['Tashkent', 'Samarkand']],
];
const countryTable = countries.map(([code, weight]) => [code, weight] as const);
const citiesOf = new Map(countries.map(([code, , cities]) => [code, cities]));
const allCities = countries.flatMap(([, , cities]) => cities);

type InstitutionKind =
  | 'UNIVERSITY'
  | 'COMPANY'
  | 'STATE_COMPANY'
  | 'RESEARCH_INSTITUTE'
  | 'GOVERNMENT_AGENCY'
  | 'ENTERPRISE'
  | 'INNOVATION_CENTER'
  | 'TECHNOPARK'
  | 'BUSINESS_ASSOCIATION'
  | 'ALLIANCE'
  | 'RESEARCH_CENTER';

const kindWords: Record<InstitutionKind, { noun: string; sector: string; head: string; deputy: string }> = {
  UNIVERSITY: { noun: 'University', sector: 'higher education', head: 'Rector', deputy: 'Vice-Rector for Research' },
  COMPANY: { noun: 'Company', sector: 'industry', head: 'Chief Executive Officer', deputy: 'Chief Technology Officer' },
  STATE_COMPANY: {
    noun: 'State Company',
    sector: 'state industry',
    head: 'Chairman of the Board',
    deputy: 'Deputy Chairman',
  },
  RESEARCH_INSTITUTE: { noun: 'Research Institute', sector: 'research', head: 'Director', deputy: 'Deputy Director' },
  GOVERNMENT_AGENCY: { noun: 'Agency', sector: 'public administration', head: 'Chairman', deputy: 'Deputy Chairman' },
  ENTERPRISE: { noun: 'Plant', sector: 'manufacturing', head: 'Plant Director', deputy: 'Chief Engineer' },
  INNOVATION_CENTER: { noun: 'Innovation Center', sector: 'innovation', head: 'Director', deputy: 'Programme Manager' },
  TECHNOPARK: { noun: 'Technopark', sector: 'innovation', head: 'Director', deputy: 'Deputy Director' },
  BUSINESS_ASSOCIATION: {
    noun: 'Business Association',
    sector: 'business representation',
    head: 'President',
    deputy: 'Vice-President',
  },
  ALLIANCE: { noun: 'University Alliance', sector: 'higher education', head: 'President', deputy: 'Secretary General' },
  RESEARCH_CENTER: { noun: 'Research Center', sector: 'research', head: 'Head of Center', deputy: 'Deputy Head' },
};

const agreementKinds = [
  ['MEMORANDUM_OF_UNDERSTANDING', 45, 'memorandum of understanding'],
  ['COOPERATION_AGREEMENT', 25, 'cooperation agreement'],
  ['FRAMEWORK_AGREEMENT', 10, 'framework agreement'],
  ['CONTRACT', 10, 'contract'],
  ['COOPERATION_PROGRAM', 5, 'cooperation programme'],
  ['MEMBERSHIP', 3, 'membership agreement'],
  ['OTHER', 2, 'agreement'],
] as const;
const agreementKindTable = agreementKinds.map(([kind, weight]) => [kind, weight] as const);
const agreementKindLabel = new Map<string, string>(agreementKinds.map(([kind, , label]) => [kind, label]));
const agreementStatuses = [
  ['SIGNED', 40],
  ['ACTIVE', 30],
  ['EXPIRED', 15],
  ['ANNOUNCED', 10],
  ['TERMINATED', 5],
] as const;
const commitmentKinds = [
  'INTERNSHIPS',
  'JOINT_RESEARCH',
  'TRAINING',
  'PROFESSIONAL_DEVELOPMENT',
  'EMPLOYMENT',
  'STARTUP_SUPPORT',
  'DEMO_DAYS',
  'CONFERENCES',
  'TECHNOPARK',
  'LABORATORY',
  'EDUCATIONAL_BRANCH',
  'RESEARCH_CENTER',
  'INDUSTRY_THESES',
  'VOCATIONAL_EDUCATION',
] as const;
const eventKinds = [
  ['FORUM', 20],
  ['CONFERENCE', 30],
  ['SEMINAR', 20],
  ['WORKSHOP', 15],
  ['DEMO_DAY', 8],
  ['CEREMONY', 5],
  ['OTHER', 2],
] as const;
const programStatuses = [
  ['OPEN', 50],
  ['CLOSED', 35],
  ['ANNOUNCED', 15],
] as const;
const internshipStatuses = [
  ['PLANNED', 10],
  ['ACTIVE', 20],
  ['COMPLETED', 45],
  ['HIRED', 15],
  ['WITHDRAWN', 10],
] as const;
const thesisStatuses = [
  ['PROPOSED', 15],
  ['IN_PROGRESS', 35],
  ['DEFENDED', 45],
  ['ABANDONED', 5],
] as const;
const enrollmentStatuses = [
  ['PLANNED', 15],
  ['ACTIVE', 30],
  ['COMPLETED', 45],
  ['WITHDRAWN', 10],
] as const;
const levelSets: ReadonlyArray<readonly string[]> = [
  ['BACHELOR'],
  ['BACHELOR', 'MASTER'],
  ['MASTER'],
  ['BACHELOR', 'MASTER', 'PHD'],
  ['VOCATIONAL'],
];
const trainingKinds = [
  'VOCATIONAL',
  'SECONDARY_SPECIAL',
  'PROFESSIONAL_DEVELOPMENT',
  'PERSONNEL_TRAINING',
  'OTHER',
] as const;

// Streams: one per kind of draw, so that counts can be computed without the records.
const S = {
  institution: 1,
  person: 2,
  position: 3,
  membership: 4,
  agreement: 5,
  partyCount: 6,
  parties: 7,
  commitmentCount: 8,
  commitments: 9,
  event: 10,
  eventShape: 11,
  eventPeople: 12,
  student: 13,
  internshipProgram: 14,
  programUniversities: 15,
  internship: 16,
  thesisProgram: 17,
  thesis: 18,
  trainingProgram: 19,
  trainingProviders: 20,
  enrollment: 21,
  programLevels: 22,
} as const;

// ---------------------------------------------------------------------------------
// small helpers

const two = (n: number) => String(n).padStart(2, '0');
function day(r: Rng, fromYear: number, toYear: number): string {
  return `${r.between(fromYear, toYear)}-${two(r.between(1, 12))}-${two(r.between(1, 28))}`;
}
/** A date with the precision a source might give: mostly a day, sometimes a month or a year. */
function partialDate(r: Rng, fromYear: number, toYear: number): string {
  const d = day(r, fromYear, toYear);
  const p = r.next();
  return p < 0.85 ? d : p < 0.95 ? d.slice(0, 7) : d.slice(0, 4);
}
function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  return `${y + Math.floor(m / 12)}-${two((m % 12) + 1)}${date.length > 7 ? date.slice(7) : ''}`;
}
const json = (value: unknown) => JSON.stringify(value);
const pipe = (codes: readonly string[]) => `|${codes.join('|')}|`;

/** The columns every programme (internship, thesis, training) has alike; draws its status from `r`. */
function programSchedule(r: Rng, title: string, startsOn: string | null, endsOn: string | null, agreementId: string) {
  return {
    starts_on: startsOn,
    ends_on: endsOn,
    status: r.weighted(programStatuses),
    agreement_id: agreementId,
    version: 1,
    sort_title: foldText(title),
  };
}

/** Timestamps that grow with the index, so `created_at` order is id order (as when records are registered one by one). */
function timestamp(fromMs: number, spanMs: number, index: number, count: number): string {
  return new Date(fromMs + Math.floor((index * spanMs) / Math.max(1, count))).toISOString();
}
const Y2019 = Date.UTC(2019, 0, 1);
const Y2021 = Date.UTC(2021, 0, 1);
const FOUR_YEARS = 4 * 365.25 * 24 * 3600 * 1000;

export interface Party {
  institution: number;
  role: string;
  signatory: number | null;
}

/** One chunk of rows ready to insert, by table name, in the order they must be written. */
export type Chunk = Array<[table: string, rows: Row[]]>;

/** A kind of record written in chunks; each chunk is one transaction. */
export interface Job {
  database: SubgraphName;
  /** Shown in the progress bar and summary. */
  label: string;
  count: number;
  chunkSize: number;
  /** Exact number of rows (records, their parts and citations) the job writes. */
  rows(): number;
  build(start: number, end: number): Chunk;
}

// ---------------------------------------------------------------------------------

export class Dataset {
  readonly sizes: Sizes;
  private readonly blocks: number;
  private readonly alliances: number;

  constructor(
    readonly scale: Scale,
    readonly seed: number,
  ) {
    this.sizes = sizesFor(scale);
    this.blocks = this.sizes.institutions / 20;
    this.alliances = Math.max(1, Math.floor(this.sizes.institutions / 100));
  }

  private rng(stream: number, index: number): Rng {
    return rngFor(this.seed, stream, index);
  }

  // ----- institutions: the kind follows the index (i % 20), so a "random university" is cheap to draw

  kindOf(i: number): InstitutionKind {
    const slot = i % 20;
    const block = Math.floor(i / 20);
    if (slot <= 5) return 'UNIVERSITY';
    if (slot <= 12) return 'COMPANY';
    if (slot === 13) return 'STATE_COMPANY';
    if (slot === 14) return 'RESEARCH_INSTITUTE';
    if (slot === 15) return 'GOVERNMENT_AGENCY';
    if (slot === 16) return 'ENTERPRISE';
    if (slot === 17) return 'INNOVATION_CENTER';
    if (slot === 18) return block % 2 === 0 ? 'TECHNOPARK' : 'BUSINESS_ASSOCIATION';
    return block % 5 === 0 ? 'ALLIANCE' : 'RESEARCH_CENTER';
  }

  university(r: Rng): number {
    return 20 * r.int(this.blocks) + r.int(6);
  }

  /** A company or state company. */
  industry(r: Rng): number {
    return 20 * r.int(this.blocks) + 6 + r.int(8);
  }

  alliance(a: number): number {
    return 100 * a + 19;
  }

  /** People 2i (the head) and 2i+1 (the deputy) hold positions at institution i. */
  head(institution: number): number {
    return 2 * institution;
  }

  institutionRow(i: number): Row {
    const r = this.rng(S.institution, i);
    const kind = this.kindOf(i);
    const words = kindWords[kind];
    const placeIndex = r.int(places.length);
    const place = places[placeIndex];
    const country = kind === 'ALLIANCE' ? null : r.weighted(countryTable);
    const city = country ? r.pick(citiesOf.get(country)!) : null;
    const branch =
      kind === 'UNIVERSITY'
        ? `${r.pick(faculties)} `
        : kind === 'COMPANY' || kind === 'STATE_COMPANY' || kind === 'ENTERPRISE'
          ? `${r.pick(industries)} `
          : '';
    const name = `Synthetic ${place} ${branch}${words.noun} ${i}`;
    const names: Array<{ language: string; value: string }> = [{ language: 'en', value: name }];
    if (country === 'AZ' && kind === 'UNIVERSITY')
      names.push({ language: 'az', value: `Sintetik ${placesAz[placeIndex]} Universiteti ${i}` });
    const acronym = r.chance(0.7)
      ? `S${name
          .split(' ')
          .slice(1, -1)
          .map((w) => w[0])
          .join('')
          .toUpperCase()}-${i}`.slice(0, 50)
      : null;
    const p = r.next();
    const foundedOn = p < 0.6 ? String(r.between(1850, 2020)) : p < 0.85 ? day(r, 1900, 2020) : null;
    const parentId = kind === 'ENTERPRISE' ? ids.institution(i - 3) : null;
    return {
      id: ids.institution(i),
      name,
      names: json(names),
      acronym,
      aliases: '[]',
      kind,
      sector: kind === 'COMPANY' ? `${branch.trim().toLowerCase()} industry` : words.sector,
      country,
      city,
      website: r.chance(0.5) ? `https://${ids.institution(i)}.example` : null,
      ror_id: null,
      founded_on: foundedOn,
      parent_id: parentId,
      sort_name: foldText(name).slice(0, 300),
      search_text: buildSearchText([name, ...names.map((n) => n.value), acronym]),
      founded_on_sort: undatedLast(foundedOn),
    };
  }

  personRow(k: number): Row {
    const r = this.rng(S.person, k);
    const name = `Synthetic ${r.pick(firstNames)} ${r.pick(lastNames)} ${k}`;
    return {
      id: ids.person(k),
      name,
      names: json([{ language: 'en', value: name }]),
      aliases: '[]',
      sort_name: foldText(name).slice(0, 200),
      search_text: buildSearchText([name]),
    };
  }

  positionRow(k: number): Row {
    const r = this.rng(S.position, k);
    const institution = Math.floor(k / 2);
    const words = kindWords[this.kindOf(institution)];
    const sinceYear = r.between(2005, 2024);
    const since = r.chance(0.6) ? String(sinceYear) : `${sinceYear}-${two(r.between(1, 12))}-${two(r.between(1, 28))}`;
    const untilYear = r.chance(0.1) ? Math.min(2025, sinceYear + r.between(1, 6)) : null;
    const until = untilYear === null ? null : String(untilYear);
    // Observed during the term: since the start (and 2020) up to its end (or 2025).
    const observedOn = untilYear === null ? day(r, Math.max(sinceYear, 2020), 2025) : day(r, sinceYear, untilYear);
    const p = positionRecord({
      id: ids.position(k),
      personId: ids.person(k),
      institutionId: ids.institution(institution),
      title: k % 2 === 0 ? words.head : words.deputy,
      since,
      until,
      observedDates: [observedOn],
      former: false,
      formerOn: null,
    });
    return {
      id: p.id,
      person_id: p.personId,
      institution_id: p.institutionId,
      title: p.title,
      since: p.since,
      until: p.until,
      observed_on: p.observedOn,
      observed_dates: json(p.observedDates),
      former: p.former,
      former_on: p.formerOn,
      held_from: p.heldFrom,
      held_to: p.heldTo,
      not_before: p.notBefore,
      not_after: p.notAfter,
      role: p.role,
      search_text: p.searchText,
    };
  }

  membershipRow(m: number): Row {
    const r = this.rng(S.membership, m);
    const organization = this.alliance(m % this.alliances);
    const member = r.chance(0.8) ? this.university(r) : this.industry(r);
    const role = m < this.alliances ? 'FOUNDER' : r.chance(0.1) ? 'REGIONAL_CENTER' : 'MEMBER';
    return {
      id: ids.membership(m),
      member_id: ids.institution(member),
      organization_id: ids.institution(organization),
      role,
      since: String(r.between(2000, 2024)),
      until: null,
      note: null,
    };
  }

  // ----- agreements

  partyCount(j: number): number {
    return 2 + this.rng(S.partyCount, j).int(4);
  }

  commitmentCount(j: number): number {
    return 1 + this.rng(S.commitmentCount, j).int(3);
  }

  /** A university and a company first, then 0–3 other institutions; all distinct. */
  partiesOf(j: number): Party[] {
    const r = this.rng(S.parties, j);
    const count = this.partyCount(j);
    const chosen = new Set<number>();
    const parties: Party[] = [];
    for (let position = 0; position < count; position++) {
      let institution: number;
      do {
        institution =
          position === 0 ? this.university(r) : position === 1 ? this.industry(r) : r.int(this.sizes.institutions);
      } while (chosen.has(institution));
      chosen.add(institution);
      const signs = position < 2 && r.chance(0.7);
      const role = signs ? 'SIGNATORY_PARTY' : position >= 2 && r.chance(0.1) ? 'ANNOUNCER' : 'PARTY';
      parties.push({ institution, role, signatory: signs ? this.head(institution) : null });
    }
    return parties;
  }

  agreementRow(j: number): Row {
    const r = this.rng(S.agreement, j);
    const kind = r.weighted(agreementKindTable);
    const status = r.weighted(agreementStatuses);
    const list = r.sample(areas, r.between(1, 3));
    const title = `Synthetic ${agreementKindLabel.get(kind)} ${j} on ${list[0]}`;
    const description = r.chance(0.5)
      ? `Synthetic ${agreementKindLabel.get(kind)} between a university and industry on ${list.join(', ')}.`
      : null;
    const signedOn =
      status === 'ANNOUNCED' && r.chance(0.7) ? null : r.chance(0.95) ? partialDate(r, 2000, 2025) : null;
    const validFrom = signedOn && signedOn.length === 10 && r.chance(0.6) ? signedOn : null;
    const validUntil = validFrom && r.chance(0.7) ? addMonths(validFrom, 12 * r.between(1, 5)) : null;
    return {
      id: ids.agreement(j),
      title,
      title_is_descriptive: false,
      kind,
      status,
      description,
      signed_on: signedOn,
      valid_from: validFrom,
      valid_until: validUntil,
      areas: json(list),
      area_keys: agreementAreaKeys(list),
      version: 1,
      sort_title: foldText(title).slice(0, 300),
      // Written as the subgraph writes it: with the agreement's commitments.
      search_text: agreementSearchText(
        { title, description, areas: list },
        this.commitmentRows(j).map((commitment) => ({
          kind: String(commitment.kind),
          description: commitment.description === null ? null : String(commitment.description),
        })),
      ),
      signed_on_sort: undatedLast(signedOn),
    };
  }

  partyRows(j: number): Row[] {
    return this.partiesOf(j).map((p, position) => ({
      agreement_id: ids.agreement(j),
      institution_id: ids.institution(p.institution),
      role: p.role,
      signatory_id: p.signatory === null ? null : ids.person(p.signatory),
      position,
    }));
  }

  commitmentRows(j: number): Row[] {
    const r = this.rng(S.commitments, j);
    const kinds = r.sample(commitmentKinds, this.commitmentCount(j));
    return kinds.map((kind, position) => ({
      agreement_id: ids.agreement(j),
      position,
      kind,
      description: r.chance(0.8)
        ? `Synthetic commitment: ${kind.toLowerCase().replace(/_/g, ' ')} in ${r.pick(areas)}`
        : null,
    }));
  }

  /** [organizer, partner?, participants…] and how many speakers. */
  eventShape(e: number): { partners: number; participants: number; speakers: number } {
    const r = this.rng(S.eventShape, e);
    return { partners: r.int(2), participants: r.between(1, 2), speakers: r.between(1, 3) };
  }

  eventRow(e: number): Row {
    const r = this.rng(S.event, e);
    const kind = r.weighted(eventKinds);
    const topics = r.sample(areas, r.between(1, 3));
    const title = `Synthetic ${kind.toLowerCase().replace(/_/g, ' ')} ${e} on ${topics[0]}`;
    const startsOn = r.chance(0.95) ? partialDate(r, 2015, 2026) : null;
    const endsOn =
      startsOn && startsOn.length === 10 && r.chance(0.3)
        ? `${startsOn.slice(0, 8)}${two(Math.min(28, Number(startsOn.slice(8)) + r.between(1, 2)))}`
        : startsOn;
    const o = r.next();
    const online = o < 0.2 ? true : o < 0.85 ? false : null;
    const location = online ? null : r.pick(allCities);
    const attendance = r.chance(0.3) ? `about ${r.between(2, 50) * 10} participants (synthetic)` : null;
    return {
      id: ids.event(e),
      title,
      title_is_descriptive: false,
      kind,
      description: null,
      starts_on: startsOn,
      ends_on: endsOn,
      online,
      location,
      attendance,
      topics: json(topics),
      decisions: '[]',
      version: 1,
      sort_title: foldText(title).slice(0, 300),
      search_text: buildSearchText([title, null, location, ...topics]),
      starts_on_sort: undatedLast(startsOn),
    };
  }

  eventInstitutions(e: number): Array<{ institution: number; role: string; position: number }> {
    const shape = this.eventShape(e);
    const r = this.rng(S.eventPeople, e);
    const chosen = new Set<number>();
    const draw = (pick: () => number) => {
      let i: number;
      do i = pick();
      while (chosen.has(i));
      chosen.add(i);
      return i;
    };
    const list = [{ institution: draw(() => this.university(r)), role: 'ORGANIZER', position: 0 }];
    for (let p = 0; p < shape.partners; p++)
      list.push({ institution: draw(() => this.industry(r)), role: 'PARTNER', position: p });
    for (let p = 0; p < shape.participants; p++)
      list.push({ institution: draw(() => r.int(this.sizes.institutions)), role: 'PARTICIPANT', position: p });
    return list;
  }

  eventChildRows(e: number): { participants: Row[]; speakers: Row[] } {
    const list = this.eventInstitutions(e);
    const shape = this.eventShape(e);
    const r = this.rng(S.eventPeople, e + 0x40000000);
    const participants = list.map((p) => ({
      event_id: ids.event(e),
      institution_id: ids.institution(p.institution),
      role: p.role,
      position: p.position,
    }));
    const speakers: Row[] = [];
    const used = new Set<number>();
    for (let position = 0; position < shape.speakers; position++) {
      // Speaker k comes from the k-th institution (wrapping), head first, then deputy: always distinct.
      const slot = position % list.length;
      const institution = list[slot].institution;
      const person = this.head(institution) + (position >= list.length ? 1 : 0);
      if (used.has(person)) continue;
      used.add(person);
      const words = kindWords[this.kindOf(institution)];
      speakers.push({
        event_id: ids.event(e),
        person_id: ids.person(person),
        institution_id: ids.institution(institution),
        role: person % 2 === 0 ? words.head : words.deputy,
        contribution: `Synthetic talk on ${r.pick(areas)}`,
        position,
      });
    }
    return { participants, speakers };
  }

  // ----- talent

  studentRow(s: number): Row {
    const r = this.rng(S.student, s);
    return {
      id: ids.student(s),
      name: `Synthetic Student ${s}`,
      email: `${ids.student(s)}@students.example`,
      university_id: ids.institution(this.university(r)),
      created_at: timestamp(Y2019, FOUR_YEARS, s, this.sizes.students),
    };
  }

  /** The agreement a programme comes from: spread evenly over the agreements. */
  private programAgreement(p: number, count: number, offset: number): number {
    return Math.min(this.sizes.agreements - 1, Math.floor((p * this.sizes.agreements) / Math.max(1, count)) + offset);
  }

  programLevels(stream: number, p: number): readonly string[] {
    return levelSets[this.rng(S.programLevels, stream * 0x1000000 + p).int(4)];
  }

  internshipProgramLinks(p: number): { agreement: number; host: number; universities: number[] } {
    const agreement = this.programAgreement(p, this.sizes.internshipPrograms, 0);
    const parties = this.partiesOf(agreement);
    const universities = [parties[0].institution];
    const r = this.rng(S.programUniversities, p);
    if (r.chance(0.5)) {
      let other: number;
      do other = this.university(r);
      while (other === universities[0]);
      universities.push(other);
    }
    return { agreement, host: parties[1].institution, universities };
  }

  internshipProgramRow(p: number): Row {
    const r = this.rng(S.internshipProgram, p);
    const links = this.internshipProgramLinks(p);
    const list = r.sample(areas, r.between(1, 2));
    const title = `Synthetic internship programme ${p} in ${list[0]}`;
    const startsOn = r.chance(0.9) ? day(r, 2020, 2026) : null;
    const endsOn = startsOn && r.chance(0.8) ? addMonths(startsOn, r.between(3, 12)) : null;
    const hostId = ids.institution(links.host);
    const universityIds = links.universities.map(ids.institution);
    const agreementId = ids.agreement(links.agreement);
    return {
      id: ids.internshipProgram(p),
      title,
      description: null,
      host_id: hostId,
      levels: pipe(this.programLevels(1, p)),
      areas: json(list),
      seats: r.chance(0.6) ? r.between(50, 200) : null,
      ...programSchedule(r, title, startsOn, endsOn, agreementId),
      search_text: buildSearchText([title, ...list, hostId, ...universityIds, agreementId]),
    };
  }

  internshipRow(i: number): Row {
    const r = this.rng(S.internship, i);
    const program = r.int(this.sizes.internshipPrograms);
    const createdAt = timestamp(Y2021, FOUR_YEARS, i, this.sizes.internships);
    const startsOn = addMonths(createdAt.slice(0, 10), r.between(1, 3));
    return {
      id: ids.internship(i),
      program_id: ids.internshipProgram(program),
      student_id: ids.student(r.int(this.sizes.students)),
      level: r.pick(this.programLevels(1, program)),
      starts_on: startsOn,
      ends_on: addMonths(startsOn, r.between(2, 6)),
      status: r.weighted(internshipStatuses),
      version: 1,
      created_at: createdAt,
    };
  }

  thesisProgramLinks(q: number): { agreement: number; university: number; partner: number } {
    const agreement = this.programAgreement(q, this.sizes.thesisPrograms, 1);
    const parties = this.partiesOf(agreement);
    return { agreement, university: parties[0].institution, partner: parties[1].institution };
  }

  thesisProgramRow(q: number): Row {
    const r = this.rng(S.thesisProgram, q);
    const links = this.thesisProgramLinks(q);
    const list = r.sample(areas, r.between(1, 2));
    const title = `Synthetic industry thesis programme ${q} in ${list[0]}`;
    const startsOn = r.chance(0.9) ? day(r, 2019, 2026) : null;
    const endsOn = startsOn && r.chance(0.7) ? addMonths(startsOn, 12 * r.between(1, 3)) : null;
    const universityId = ids.institution(links.university);
    const partnerId = ids.institution(links.partner);
    const agreementId = ids.agreement(links.agreement);
    return {
      id: ids.thesisProgram(q),
      title,
      description: null,
      university_id: universityId,
      industry_partner_id: partnerId,
      levels: pipe(this.programLevels(2, q)),
      areas: json(list),
      ...programSchedule(r, title, startsOn, endsOn, agreementId),
      search_text: buildSearchText([title, ...list, universityId, partnerId, agreementId]),
    };
  }

  thesisRow(t: number): Row {
    const r = this.rng(S.thesis, t);
    const program = r.int(this.sizes.thesisPrograms);
    const links = this.thesisProgramLinks(program);
    const createdAt = timestamp(Y2019, FOUR_YEARS + 365 * 24 * 3600 * 1000, t, this.sizes.theses);
    const title = `Synthetic thesis ${t} on ${r.pick(areas)}`;
    return {
      id: ids.thesis(t),
      program_id: ids.thesisProgram(program),
      student_id: ids.student(r.int(this.sizes.students)),
      title,
      level: r.pick(this.programLevels(2, program)),
      year: Number(createdAt.slice(0, 4)) + r.between(0, 1),
      academic_supervisor_id: ids.person(this.head(links.university) + 1),
      industry_supervisor_id: ids.person(this.head(links.partner) + r.int(2)),
      status: r.weighted(thesisStatuses),
      version: 1,
      created_at: createdAt,
      search_text: buildSearchText([title]),
    };
  }

  trainingProgramLinks(p: number): { agreement: number; providers: number[] } {
    const agreement = this.programAgreement(p, this.sizes.trainingPrograms, 2);
    const parties = this.partiesOf(agreement);
    const two = this.rng(S.trainingProviders, p).chance(0.5);
    return { agreement, providers: two ? [parties[0].institution, parties[1].institution] : [parties[1].institution] };
  }

  trainingProgramRow(p: number): Row {
    const r = this.rng(S.trainingProgram, p);
    const links = this.trainingProgramLinks(p);
    const kind = r.pick(trainingKinds);
    const list = r.sample(areas, r.between(1, 2));
    const title = `Synthetic ${kind.toLowerCase().replace(/_/g, ' ')} training ${p} in ${list[0]}`;
    const audience = r.chance(0.5) ? 'Synthetic audience: staff of the partner institutions' : null;
    const startsOn = r.chance(0.9) ? day(r, 2019, 2026) : null;
    const endsOn = startsOn && r.chance(0.8) ? addMonths(startsOn, r.between(1, 9)) : null;
    const providerIds = links.providers.map(ids.institution);
    const agreementId = ids.agreement(links.agreement);
    return {
      id: ids.trainingProgram(p),
      title,
      description: null,
      kind,
      audience,
      areas: json(list),
      seats: r.chance(0.6) ? r.between(20, 100) : null,
      ...programSchedule(r, title, startsOn, endsOn, agreementId),
      search_text: buildSearchText([title, ...list, audience, ...providerIds, agreementId]),
    };
  }

  enrollmentRow(n: number): Row {
    const r = this.rng(S.enrollment, n);
    const createdAt = timestamp(Y2021, FOUR_YEARS, n, this.sizes.trainingEnrollments);
    const startsOn = addMonths(createdAt.slice(0, 10), r.between(0, 2));
    return {
      id: ids.trainingEnrollment(n),
      program_id: ids.trainingProgram(r.int(this.sizes.trainingPrograms)),
      student_id: ids.student(r.int(this.sizes.students)),
      starts_on: startsOn,
      ends_on: addMonths(startsOn, r.between(1, 6)),
      status: r.weighted(enrollmentStatuses),
      version: 1,
      created_at: createdAt,
    };
  }

  // ----- the source document, and the jobs that write everything

  sourceRow(complete: boolean): Row {
    const publisher = `${datasetLabel(this.scale, this.seed)}${complete ? '' : ' (incomplete)'}`;
    return {
      id: SOURCE_ID,
      title: SOURCE_TITLE,
      title_is_descriptive: true,
      publisher,
      url: null,
      published_on: null,
      language: 'en',
    };
  }

  jobs(): Job[] {
    const z = this.sizes;
    const cite = (type: string, id: string): Row => ({
      record_key: `${type}:${id}`,
      source_id: SOURCE_ID,
      quote: null,
    });
    const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);
    const simple = (
      database: SubgraphName,
      label: string,
      count: number,
      chunkSize: number,
      table: string,
      type: string,
      id: (i: number) => string,
      row: (i: number) => Row,
    ): Job => ({
      database,
      label,
      count,
      chunkSize,
      rows: () => 2 * count,
      build: (start, end) => {
        const indexes = range(start, end);
        return [
          [table, indexes.map(row)],
          ['citations', indexes.map((i) => cite(type, id(i)))],
        ];
      },
    });
    /**
     * A talent programme table with its institution links: per programme its row, its
     * links and its citation. `names` are the table, the link table and the cited type.
     */
    const programWithLinks = (
      label: string,
      count: number,
      names: [table: string, linkTable: string, type: string],
      id: (p: number) => string,
      row: (p: number) => Row,
      institutions: (p: number) => number[],
      linkCount: (p: number) => number,
    ): Job => {
      const [table, linkTable, type] = names;
      return {
        database: 'talent',
        label,
        count,
        chunkSize: 1000,
        rows: () => {
          let n = 0;
          for (let p = 0; p < count; p++) n += 2 + linkCount(p);
          return n;
        },
        build: (start, end) => {
          const indexes = range(start, end);
          const links = indexes.flatMap((p) =>
            institutions(p).map((i) => ({ program_id: id(p), institution_id: ids.institution(i) })),
          );
          return [
            [table, indexes.map(row)],
            [linkTable, links],
            ['citations', indexes.map((p) => cite(type, id(p)))],
          ];
        },
      };
    };
    return [
      simple(
        'institutions',
        'institutions',
        z.institutions,
        2000,
        'institutions',
        'institution',
        ids.institution,
        (i) => this.institutionRow(i),
      ),
      {
        database: 'institutions',
        label: 'people',
        count: z.people,
        chunkSize: 2000,
        rows: () => 4 * z.people,
        build: (start, end) => {
          const indexes = range(start, end);
          return [
            ['people', indexes.map((k) => this.personRow(k))],
            ['positions', indexes.map((k) => this.positionRow(k))],
            ['citations', indexes.flatMap((k) => [cite('person', ids.person(k)), cite('position', ids.position(k))])],
          ];
        },
      },
      simple('institutions', 'memberships', z.memberships, 2000, 'memberships', 'membership', ids.membership, (m) =>
        this.membershipRow(m),
      ),
      {
        database: 'agreements',
        label: 'agreements',
        count: z.agreements,
        chunkSize: 1000,
        rows: () => {
          let n = 0;
          for (let j = 0; j < z.agreements; j++) n += 2 + this.partyCount(j) + this.commitmentCount(j);
          return n;
        },
        build: (start, end) => {
          const indexes = range(start, end);
          return [
            ['agreements', indexes.map((j) => this.agreementRow(j))],
            ['agreement_parties', indexes.flatMap((j) => this.partyRows(j))],
            ['agreement_commitments', indexes.flatMap((j) => this.commitmentRows(j))],
            ['citations', indexes.map((j) => cite('agreement', ids.agreement(j)))],
          ];
        },
      },
      {
        database: 'agreements',
        label: 'events',
        count: z.events,
        chunkSize: 1000,
        rows: () => {
          let n = 0;
          for (let e = 0; e < z.events; e++) {
            const s = this.eventShape(e);
            n += 2 + 1 + s.partners + s.participants + this.eventChildRows(e).speakers.length;
          }
          return n;
        },
        build: (start, end) => {
          const indexes = range(start, end);
          const children = indexes.map((e) => this.eventChildRows(e));
          return [
            ['events', indexes.map((e) => this.eventRow(e))],
            ['event_participants', children.flatMap((c) => c.participants)],
            ['event_speakers', children.flatMap((c) => c.speakers)],
            ['citations', indexes.map((e) => cite('event', ids.event(e)))],
          ];
        },
      },
      simple('talent', 'students', z.students, 4000, 'students', 'student', ids.student, (s) => this.studentRow(s)),
      programWithLinks(
        'internship programmes',
        z.internshipPrograms,
        ['internship_programs', 'internship_program_universities', 'internship-program'],
        ids.internshipProgram,
        (p) => this.internshipProgramRow(p),
        (p) => this.internshipProgramLinks(p).universities,
        // The universities' count without drawing the rest of the links.
        (p) => (this.rng(S.programUniversities, p).chance(0.5) ? 2 : 1),
      ),
      simple('talent', 'internships', z.internships, 4000, 'internships', 'internship', ids.internship, (i) =>
        this.internshipRow(i),
      ),
      simple(
        'talent',
        'thesis programmes',
        z.thesisPrograms,
        2000,
        'thesis_programs',
        'thesis-program',
        ids.thesisProgram,
        (q) => this.thesisProgramRow(q),
      ),
      simple('talent', 'theses', z.theses, 4000, 'theses', 'thesis', ids.thesis, (t) => this.thesisRow(t)),
      programWithLinks(
        'training programmes',
        z.trainingPrograms,
        ['training_programs', 'training_program_providers', 'training-program'],
        ids.trainingProgram,
        (p) => this.trainingProgramRow(p),
        (p) => this.trainingProgramLinks(p).providers,
        (p) => this.trainingProgramLinks(p).providers.length,
      ),
      simple(
        'talent',
        'training enrolments',
        z.trainingEnrollments,
        4000,
        'training_enrollments',
        'training-enrollment',
        ids.trainingEnrollment,
        (n) => this.enrollmentRow(n),
      ),
    ];
  }
}
