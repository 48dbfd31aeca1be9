import { parseAcceptLanguage } from '../http/acceptLanguage';

describe('parseAcceptLanguage', () => {
  it('orders languages by quality, then as listed, keeping primary subtags once', () => {
    expect(parseAcceptLanguage('az, en;q=0.8')).toEqual(['az', 'en']);
    expect(parseAcceptLanguage('en;q=0.5, de-AT, az-Latn-AZ;q=0.9, de;q=0.7')).toEqual(['de', 'az', 'en']);
    expect(parseAcceptLanguage('EN-us, en-GB;q=0.9')).toEqual(['en']);
  });

  it('joins a header sent more than once', () => {
    expect(parseAcceptLanguage(['de;q=0.1', 'az'])).toEqual(['az', 'de']);
  });

  it('drops "*", languages refused with q=0, and tags that are no language', () => {
    expect(parseAcceptLanguage('*, az;q=0, en, 12, x')).toEqual(['en']);
  });

  it('answers nothing for a missing, empty or oversized header', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(`az,${'en;q=0.5,'.repeat(60)}`)).toEqual([]);
  });
});
