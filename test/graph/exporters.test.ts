import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../../src/index.js';
import { analyzeGold } from '../resolve/fixture.js';

/**
 * Golden files: each format's export of the article analyzed with the gold mentions (so extractor
 * tuning does not move them). JSON and JSON Lines leave the tokens out, to stay readable. After a
 * deliberate change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/graph/exporters.test.ts`
 * and read the diff before keeping it.
 */
const GOLDEN = new URL('./golden/', import.meta.url);
const FILE_NAME: Record<ExportFormat, string> = {
  json: 'ahram-tip-2024.json',
  jsonl: 'ahram-tip-2024.jsonl',
  table: 'ahram-tip-2024.table.txt',
  conll: 'ahram-tip-2024.conll',
  brat: 'ahram-tip-2024.ann',
  html: 'ahram-tip-2024.html',
  dot: 'ahram-tip-2024.dot',
};

const withTokens = analyzeGold();
const withoutTokens = analyzeGold({ tokens: false });

describe('exporters against their golden files', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} → golden/${FILE_NAME[format]}`, () => {
      const out = exportDocument(format === 'json' || format === 'jsonl' ? withoutTokens : withTokens, format);
      const file = new URL(FILE_NAME[format], GOLDEN);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, out);
      }
      expect(existsSync(file), `missing golden file ${FILE_NAME[format]}`).toBe(true);
      expect(out).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('refuses an unknown format', () => {
    expect(() => exportDocument(withTokens, 'xml' as ExportFormat)).toThrow(/format must be one of json, jsonl/);
  });
});
