import { Vocabulary } from '@partnership-graph/shared';

/**
 * The thematic areas the sources name, with a label per language. An agreement stores
 * its areas in English (the `en` label); the other labels let a filter or a search in
 * German or Azerbaijani find them. The German labels are the words of the German source
 * where it names the area ("Wissenschaft, Innovation und künstliche Intelligenz",
 * "Computertechnik, Nanotechnologie, Informationstechnologie, künstliche Intelligenz und
 * Chemieingenieurwesen"); the rest are translations, not facts about any agreement.
 * An area not listed here still works, in the language it was written in.
 */
export const areaVocabulary = new Vocabulary([
  { key: 'science', labels: { en: 'science', de: 'Wissenschaft', az: 'elm' } },
  { key: 'innovation', labels: { en: 'innovation', de: 'Innovation', az: 'innovasiya' } },
  {
    key: 'artificial intelligence',
    labels: { en: 'artificial intelligence', de: 'künstliche Intelligenz', az: 'süni intellekt' },
  },
  {
    key: 'computer engineering',
    labels: { en: 'computer engineering', de: 'Computertechnik', az: 'kompüter mühəndisliyi' },
  },
  { key: 'nanotechnology', labels: { en: 'nanotechnology', de: 'Nanotechnologie', az: 'nanotexnologiya' } },
  {
    key: 'information technology',
    labels: { en: 'information technology', de: 'Informationstechnologie', az: 'informasiya texnologiyaları' },
  },
  {
    key: 'chemical engineering',
    labels: { en: 'chemical engineering', de: 'Chemieingenieurwesen', az: 'kimya mühəndisliyi' },
  },
  { key: 'metallurgy', labels: { en: 'metallurgy', de: 'Metallurgie', az: 'metallurgiya' } },
  { key: 'research', labels: { en: 'research', de: 'Forschung', az: 'tədqiqat' } },
]);
