/**
 * The one door to zod for the library. zod compiles a fast parser for each object schema with
 * `new Function`, and probes whether it may by calling `new Function("")` when the first object schema
 * is built. The library core runs no generated code (a page with a strict Content-Security-Policy would
 * report the probe as a violation), so zod is switched to its interpreted parsers here, before any
 * schema exists: every module that builds a schema imports zod from this file (`import * as z`, which
 * keeps the bundle tree-shaken), and ES modules run their imports first. Parsing speed does not suffer
 * where it counts: analyze resolves common options without a schema pass.
 */
import { config } from 'zod';

config({ jitless: true });

export * from 'zod';
