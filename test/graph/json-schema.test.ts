import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentSchema, toJSON } from '../../src/index.js';
import { analyzeFixture, analyzeGold } from '../resolve/fixture.js';

// The same call as scripts/write-json-schema.mjs, which writes dist/document.schema.json at build.
const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' });
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('the JSON Schema of the document (ajv, draft 2020-12)', () => {
  it('accepts the article analyzed, with the real extractors and with the gold mentions', () => {
    for (const doc of [analyzeFixture(), analyzeGold(), analyzeGold({ tokens: false })]) {
      const ok = validate(JSON.parse(toJSON(doc)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects what the zod schema rejects', () => {
    const json = JSON.parse(toJSON(analyzeGold()));
    const broken = [
      { ...json, entities: undefined },
      { ...json, relations: [{ ...json.relations[0], type: 'LIKES' }] },
      { ...json, mentions: [{ ...json.mentions[0], start: -1 }] },
      { ...json, mentions: json.mentions.map((m: { value?: { amount?: string } }) => (m.value ? { ...m, value: { ...m.value, amount: '1.5e6' } } : m)) },
    ];
    for (const doc of broken) {
      expect(validate(JSON.parse(JSON.stringify(doc)))).toBe(false);
      expect(DocumentSchema.safeParse(doc).success).toBe(false);
    }
  });

  it('is the schema the build ships, when the package is built', () => {
    const shipped = new URL('../../dist/document.schema.json', import.meta.url);
    if (!existsSync(shipped)) return; // dist/ appears after `npm run build`
    const { $id, title, ...rest } = JSON.parse(readFileSync(shipped, 'utf8'));
    expect([typeof $id, typeof title]).toEqual(['string', 'string']);
    expect(rest, 'dist/document.schema.json is stale: run npm run build').toEqual(JSON.parse(JSON.stringify(schema)));
  });
});
