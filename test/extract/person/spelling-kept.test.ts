/** Cues written as particles (أما, إلى) hold whether or not normalization folds their hamza. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index.js';

const KEEP_HAMZA = { normalize: { alef: false, alefMaksura: false } } as const;
const found = (text: string, options = {}): string[] => analyze(text, options).mentions.map((m) => `${m.type} ${m.text}`);

describe('cues spelled with a hamza', () => {
  for (const [name, options] of [['folded', {}], ['kept', KEEP_HAMZA]] as const) {
    it(`ends a name before the answer of أما (hamza ${name})`, () => {
      const people = found('أما ابن رشد فشرح أرسطو.', options);
      expect(people).toContain('PERSON ابن رشد');
      expect(people).not.toContain('PERSON ابن رشد فشرح أرسطو');
    });
    it(`reads the city a player moves to after إلى as his club (hamza ${name})`, () => {
      expect(found('وأعير المهاجم ثم انتقل إلى روما حيث تألق في الدوري الإيطالي.', options)).toContain('ORGANIZATION روما');
    });
  }
});
