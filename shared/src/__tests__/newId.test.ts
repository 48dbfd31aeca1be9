import { ID_MAX_LENGTH, isValidId } from '../graphql/ids';
import { newId } from '../graphql/newId';

/** A new record's id: a readable slug of its title and a random suffix of six letters or digits. */
describe('newId', () => {
  it('slugs the title as search text folds it, then adds a random suffix', () => {
    expect(newId('Azərişıq Technology Park', 'agreement')).toMatch(/^azerishiq-technology-park-[a-z0-9]{6}$/);
    expect(newId('Straße & Söhne GmbH', 'institution')).toMatch(/^strasse-sohne-gmbh-[a-z0-9]{6}$/);
  });

  it('falls back to the given word when the title folds to nothing', () => {
    expect(newId('', 'agreement')).toMatch(/^agreement-[a-z0-9]{6}$/);
    expect(newId('—', 'event')).toMatch(/^event-[a-z0-9]{6}$/);
    expect(newId('中文', 'event')).toMatch(/^event-[a-z0-9]{6}$/);
  });

  it('cuts a long title at a word boundary so the id stays within 64 characters', () => {
    const id = newId('Memorandum of understanding on cooperation in engineering education and research', 'agreement');
    expect(id.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
    expect(id).toMatch(/^memorandum-of-understanding-on-cooperation-in-engineering-[a-z0-9]{6}$/);
  });

  it('cuts a title of one long word at the length limit', () => {
    const id = newId('x'.repeat(200), 'agreement');
    expect(id).toHaveLength(ID_MAX_LENGTH);
    expect(id.startsWith(`${'x'.repeat(ID_MAX_LENGTH - 7)}-`)).toBe(true);
  });

  it('always gives a valid id, and a different one each time', () => {
    const titles = ['A', 'ŞİRKƏT', 'a'.repeat(57), `${'a'.repeat(56)} b`, '  -- x --  ', `${'ş'.repeat(40)} x`];
    for (const title of titles) expect(isValidId(newId(title, 'thing'))).toBe(true);
    const many = new Set(Array.from({ length: 50 }, () => newId('Same title', 'thing')));
    expect(many.size).toBe(50);
  });
});
