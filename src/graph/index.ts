export { buildGraph, sentenceAt, sentenceNodeId } from './build.js';
export { DocumentGraph, documentGraph, type RelationRole } from './document-graph.js';
export { DocumentJsonError, fromJSON, toJSON } from './json.js';
export { integrityProblems } from './integrity.js';
export * from './exporters/index.js';
