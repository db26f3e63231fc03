/** Place names spelled like common words are places only after a locative word or a place trigger. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const places = (text: string) => analyze(text).mentions.filter((m) => m.type === 'LOCATION').map((m) => [m.text, m.start]);

describe('place homographs', () => {
  it('reads الرباط as the city after إلى and as "the bond" elsewhere', () => {
    const text = 'ووصل الوزير إلى الرباط حيث أكد أن الرباط بين البلدين قوي.';
    expect(places(text)).toEqual([['الرباط', text.indexOf('الرباط')]]);
  });

  it('reads العين as the city after a trigger, not in «بالعين المجردة»', () => {
    const text = 'وشوهد الكسوف بالعين المجردة في مدينة العين.';
    expect(places(text)).toEqual([['العين', text.lastIndexOf('العين')]]);
  });
});
