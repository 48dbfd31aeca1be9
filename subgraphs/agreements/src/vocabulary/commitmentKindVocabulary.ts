import { Vocabulary } from '@partnership-graph/shared';

/**
 * The name of each kind of commitment in English, German and Azerbaijani (the
 * languages of the sources), plus the other words people search with (a singular
 * where the label is a plural). Searching agreements looks at these names as well as
 * at the commitments' own words, so `Praktikum` finds an English "internships" and
 * `internship` a German "Praktikumsplätze". Translations only: what an agreement
 * commits to is its `kind` and the source's `description`.
 */
export const commitmentKindVocabulary = new Vocabulary([
  {
    key: 'INTERNSHIPS',
    labels: { en: 'Internships', de: 'Praktika', az: 'Təcrübə proqramları' },
    terms: { de: ['Praktikum'], az: ['internship'] },
  },
  { key: 'JOINT_RESEARCH', labels: { en: 'Joint research', de: 'Gemeinsame Forschung', az: 'Birgə tədqiqat' } },
  { key: 'TRAINING', labels: { en: 'Training', de: 'Ausbildung', az: 'Kadr hazırlığı və təlim' } },
  {
    key: 'PROFESSIONAL_DEVELOPMENT',
    labels: { en: 'Professional development', de: 'Berufliche Weiterbildung', az: 'Peşəkar inkişaf' },
  },
  { key: 'EMPLOYMENT', labels: { en: 'Employment', de: 'Beschäftigung', az: 'Məşğulluq' } },
  { key: 'STARTUP_SUPPORT', labels: { en: 'Start-up support', de: 'Start-up-Förderung', az: 'Startaplara dəstək' } },
  { key: 'DEMO_DAYS', labels: { en: 'Demo days', de: 'Demo Days', az: 'Demo günləri' } },
  {
    key: 'CONFERENCES',
    labels: { en: 'Conferences and seminars', de: 'Konferenzen und Seminare', az: 'Konfranslar və seminarlar' },
  },
  {
    key: 'TECHNOPARK',
    labels: {
      en: 'Innovation parks and technoparks',
      de: 'Innovationsparks und Technologieparks',
      az: 'İnnovasiya parkları və texnoparklar',
    },
  },
  { key: 'LABORATORY', labels: { en: 'Laboratory', de: 'Labor', az: 'Laboratoriya' } },
  { key: 'EDUCATIONAL_BRANCH', labels: { en: 'Educational branch', de: 'Hochschulfiliale', az: 'Tədris filialı' } },
  { key: 'RESEARCH_CENTER', labels: { en: 'Research centre', de: 'Forschungszentrum', az: 'Tədqiqat mərkəzi' } },
  {
    key: 'INDUSTRY_THESES',
    labels: {
      en: 'Theses on industry topics',
      de: 'Abschlussarbeiten zu Industriethemen',
      az: 'Sənaye mövzularında buraxılış işləri',
    },
  },
  { key: 'VOCATIONAL_EDUCATION', labels: { en: 'Vocational education', de: 'Berufsbildung', az: 'Peşə təhsili' } },
  { key: 'OTHER', labels: { en: 'Other', de: 'Sonstiges', az: 'Digər' } },
]);

/** Kinds whose names say nothing a search should find. */
export const unsearchedCommitmentKinds: ReadonlySet<string> = new Set(['OTHER']);
