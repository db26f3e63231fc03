// Writes the JSON Schema of the document, generated from the zod schema, into the package.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DocumentSchema } from '../dist/index.js';

const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12' });
schema.$id = 'https://unpkg.com/arabic-entities/dist/document.schema.json';
schema.title = 'arabic-entities document';
writeFileSync(new URL('../dist/document.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/document.schema.json');
