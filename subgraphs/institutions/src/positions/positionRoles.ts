import { foldText } from '@partnership-graph/shared';

/** A role normalised across languages and wordings (the GraphQL enum PositionRole). */
export type PositionRole =
  | 'RECTOR'
  | 'VICE_RECTOR'
  | 'PRESIDENT'
  | 'VICE_PRESIDENT'
  | 'CHAIR'
  | 'DEPUTY_CHAIR'
  | 'CHIEF_EXECUTIVE'
  | 'MANAGING_DIRECTOR'
  | 'DIRECTOR'
  | 'DEPUTY_DIRECTOR'
  | 'HEAD'
  | 'DEPUTY_HEAD'
  | 'SECRETARY_GENERAL'
  | 'DEAN'
  | 'PROFESSOR'
  | 'FOUNDER'
  | 'ADVISOR'
  | 'REPRESENTATIVE'
  | 'MANAGER'
  | 'OTHER';

interface RoleEntry {
  /** The role's name in English, German and Azerbaijani. */
  labels: { en: string; de: string; az: string };
  /**
   * Folded words of titles that name the role (see foldText), in English, German,
   * Azerbaijani and Turkish. A word matches where a word of the title starts, so
   * "rektor" finds "Rektoru" and "rektorun"; with a leading `*` also inside a word, for
   * German compounds ("Abteilungsleiter").
   */
  words: string[];
}

/** The vocabulary: every role with its labels and the words that name it. */
export const positionRoles: Record<PositionRole, RoleEntry> = {
  RECTOR: { labels: { en: 'Rector', de: 'Rektor', az: 'Rektor' }, words: ['rector', 'rektor'] },
  VICE_RECTOR: {
    labels: { en: 'Vice-Rector', de: 'Prorektor', az: 'Prorektor' },
    words: [
      'vice rector',
      'vicerector',
      'deputy rector',
      'prorector',
      'prorektor',
      'vizerektor',
      'vize rektor',
      'rektor muavini',
      'rektorun muavini',
      'rektorun birinci muavini',
      'rektor yardimcisi',
    ],
  },
  PRESIDENT: {
    labels: { en: 'President', de: 'Präsident', az: 'Prezident' },
    words: ['president', 'prasident', 'prezident'],
  },
  VICE_PRESIDENT: {
    labels: { en: 'Vice-President', de: 'Vizepräsident', az: 'Vitse-prezident' },
    words: [
      'vice president',
      'vicepresident',
      'vizeprasident',
      'vitse prezident',
      'vise prezident',
      'prezident muavini',
      'prezidentin muavini',
    ],
  },
  CHAIR: {
    labels: { en: 'Chair', de: 'Vorsitzender', az: 'Sədr' },
    words: ['chair', 'vorsitzende', '*vorsitzende', 'sedr', 'bashkan'],
  },
  DEPUTY_CHAIR: {
    labels: { en: 'Deputy Chair', de: 'Stellvertretender Vorsitzender', az: 'Sədr müavini' },
    words: [
      'deputy chair',
      'vice chair',
      'stellvertretender vorsitzende',
      'stellvertretende vorsitzende',
      'sedr muavini',
      'sedrin muavini',
      'sedrinin muavini',
      'bashkan yardimcisi',
    ],
  },
  CHIEF_EXECUTIVE: {
    labels: { en: 'Chief Executive Officer', de: 'Vorstandsvorsitzender', az: 'Baş icraçı direktor' },
    words: ['chief executive', 'ceo', 'vorstandsvorsitzende', 'bash icrachi direktor'],
  },
  MANAGING_DIRECTOR: {
    labels: { en: 'Managing Director', de: 'Geschäftsführer', az: 'İcraçı direktor' },
    words: ['managing director', 'executive director', 'geschaftsfuhrer', 'geschaftsfuhrung', 'icrachi direktor'],
  },
  DIRECTOR: {
    labels: { en: 'Director', de: 'Direktor', az: 'Direktor' },
    words: ['director', 'direktor', '*direktor', 'mudur'],
  },
  DEPUTY_DIRECTOR: {
    labels: { en: 'Deputy Director', de: 'Stellvertretender Direktor', az: 'Direktor müavini' },
    words: [
      'deputy director',
      'vice director',
      'stellvertretender direktor',
      'stellvertretende direktorin',
      'direktor muavini',
      'direktorun muavini',
      'mudur yardimcisi',
    ],
  },
  HEAD: {
    labels: { en: 'Head', de: 'Leiter', az: 'Rəhbər' },
    words: ['head', 'leiter', '*leiter', 'leitung', '*leitung', 'rehber', 'mudir'],
  },
  DEPUTY_HEAD: {
    labels: { en: 'Deputy Head', de: 'Stellvertretender Leiter', az: 'Rəhbər müavini' },
    words: [
      'deputy head',
      'stellvertretender leiter',
      'stellvertretende leiterin',
      'stellvertretende leitung',
      'rehber muavini',
      'rehberin muavini',
      'mudir muavini',
    ],
  },
  SECRETARY_GENERAL: {
    labels: { en: 'Secretary General', de: 'Generalsekretär', az: 'Baş katib' },
    words: ['secretary general', 'general secretary', 'generalsekretar', 'bash katib', 'genel sekreter'],
  },
  DEAN: { labels: { en: 'Dean', de: 'Dekan', az: 'Dekan' }, words: ['dean', 'dekan'] },
  PROFESSOR: { labels: { en: 'Professor', de: 'Professor', az: 'Professor' }, words: ['professor', 'profesor'] },
  FOUNDER: {
    labels: { en: 'Founder', de: 'Gründer', az: 'Təsisçi' },
    words: ['founder', 'co founder', 'grunder', 'mitgrunder', 'tesischi', 'kurucu'],
  },
  ADVISOR: {
    labels: { en: 'Advisor', de: 'Berater', az: 'Müşavir' },
    words: ['advisor', 'adviser', 'berater', '*berater', 'mushavir', 'prezidentin mushaviri', 'danishman'],
  },
  REPRESENTATIVE: {
    labels: { en: 'Representative', de: 'Vertreter', az: 'Nümayəndə' },
    words: ['representative', 'vertreter', 'numayende', 'temsilci'],
  },
  MANAGER: { labels: { en: 'Manager', de: 'Manager', az: 'Menecer' }, words: ['manager', 'menecer'] },
  OTHER: { labels: { en: 'Other', de: 'Sonstige', az: 'Digər' }, words: [] },
};

const matchers = Object.entries(positionRoles).flatMap(([role, entry]) =>
  entry.words.map((word) => ({
    role: role as PositionRole,
    inside: word.startsWith('*'),
    word: word.replace(/^\*/, ''),
  })),
);

/**
 * The role a title names: of the vocabulary's words found in the folded title, the one
 * that starts first, and of those starting at the same place the longest ("Deputy
 * Chairman" is DEPUTY_CHAIR, "Direktor müavini" DEPUTY_DIRECTOR, "Senior Advisor to
 * the President" ADVISOR); OTHER when none is found.
 */
export function positionRole(title: string): PositionRole {
  const folded = foldText(title);
  let best: { role: PositionRole; at: number; length: number } | null = null;
  for (const { role, inside, word } of matchers) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      if (!inside && at > 0 && folded[at - 1] !== ' ') continue;
      if (!best || at < best.at || (at === best.at && word.length > best.length))
        best = { role, at, length: word.length };
      break;
    }
  }
  return best?.role ?? 'OTHER';
}

const labelled = ['en', 'de', 'az'] as const;

/** The role's name in the first of `languages` the vocabulary has (en, de, az), else in English. */
export function positionRoleLabel(role: PositionRole, languages: readonly string[]): string {
  const language = languages
    .map((l) => l.toLowerCase())
    .find((l): l is (typeof labelled)[number] => (labelled as readonly string[]).includes(l));
  return positionRoles[role].labels[language ?? 'en'];
}
