import { randomBytes } from 'node:crypto';
import { foldText } from '../text/foldText';
import { ID_MAX_LENGTH } from './ids';

const SUFFIX_LENGTH = 6;
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomSuffix(): string {
  let suffix = '';
  for (const byte of randomBytes(SUFFIX_LENGTH)) suffix += alphabet[byte % alphabet.length];
  return suffix;
}

/**
 * A new record's id: a slug of the title or name (transliterated like search text: "Azərişıq" →
 * "azerishiq") and a short random suffix, within the shared id pattern and length.
 */
export function newId(title: string, fallback: string): string {
  const maxSlug = ID_MAX_LENGTH - SUFFIX_LENGTH - 1;
  let slug = foldText(title).replace(/ /g, '-');
  if (slug.length > maxSlug) {
    // Cut at a word boundary when there is one, so the id does not end in half a word.
    const cut = slug.slice(0, maxSlug + 1);
    const boundary = cut.lastIndexOf('-');
    slug = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxSlug);
  }
  if (!slug) slug = fallback;
  return `${slug}-${randomSuffix()}`;
}
