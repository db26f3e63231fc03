/**
 * The one schema of the library. Every public type is `z.infer` of a schema here, and the JSON Schema
 * shipped in the package (dist/document.schema.json) is generated from `DocumentSchema` at build time.
 *
 * Offsets everywhere are half-open `[start, end)` UTF-16 code-unit offsets into the ORIGINAL text.
 */
import * as z from './zod.js';

const offset = z.number().int().min(0);

export const MentionTypeSchema = z.enum([
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MONEY',
  'PERCENT',
  'NUMBER',
  'DATE',
  'TITLE',
  'MISC',
]);

/** Exact decimal string: digits with an optional fraction, never exponent notation. */
export const DecimalSchema = z.string().regex(/^-?\d+(\.\d+)?$/, 'an exact decimal string');

export const MoneyValueSchema = z.object({
  kind: z.literal('money'),
  amount: DecimalSchema.nullable(),
  currency: z.string().length(3).nullable(),
  min: DecimalSchema.optional(),
  max: DecimalSchema.optional(),
  approximate: z.boolean().optional(),
  qualifier: z.string().optional(),
});

export const PercentValueSchema = z.object({
  kind: z.literal('percent'),
  value: DecimalSchema.nullable(),
  min: DecimalSchema.optional(),
  max: DecimalSchema.optional(),
  approximate: z.boolean().optional(),
  qualifier: z.string().optional(),
});

export const NumberValueSchema = z.object({
  kind: z.literal('number'),
  value: DecimalSchema.nullable(),
  unit: z.string().optional(),
  min: DecimalSchema.optional(),
  max: DecimalSchema.optional(),
  approximate: z.boolean().optional(),
  qualifier: z.string().optional(),
});

export const DateValueSchema = z.object({
  kind: z.literal('date'),
  /**
   * ISO 8601 prefix: "19" (a century: 1900–1999), "199" (a decade), "2024", "2024-03", "2024-03-15",
   * "--03-15", "--03" (a day or a month without its year); in the calendar named by `calendar`.
   */
  value: z.string(),
  calendar: z.enum(['gregorian', 'hijri']),
  granularity: z.enum(['century', 'decade', 'year', 'month', 'day']),
  /** The Gregorian equivalent of a Hijri value. */
  gregorian: z.string().optional(),
  /** A range such as 2023-2024: the last year or date of it. */
  end: z.string().optional(),
});

export const ValueSchema = z.discriminatedUnion('kind', [
  MoneyValueSchema,
  PercentValueSchema,
  NumberValueSchema,
  DateValueSchema,
]);

export const MentionSchema = z.object({
  id: z.string(),
  type: MentionTypeSchema,
  start: offset,
  end: offset,
  /** Exactly `text.slice(start, end)` of the original text. */
  text: z.string(),
  /** The normalized form of `text`. */
  norm: z.string(),
  value: ValueSchema.optional(),
  /** Id of the entity this mention belongs to. */
  entity: z.string().optional(),
  /** Id of the rule that produced the mention: `<extractor>/<rule>`. */
  rule: z.string(),
});

export const ScriptSchema = z.enum(['arabic', 'latin', 'digit', 'other']);
export const TokenKindSchema = z.enum(['word', 'number', 'punct', 'symbol']);

/** One analysis of an Arabic word into proclitics, article, stem and suffix. */
export const CliticAnalysisSchema = z.object({
  /** Normalized proclitics, outermost first: ["و", "ب"]. The article is not among them. */
  prefixes: z.array(z.string()),
  /** The word carries the article ال (for لل: ل + ال with the alef dropped). */
  article: z.boolean(),
  /** Original offset where the word proper starts: at the article if there is one, else at the stem. */
  baseStart: offset,
  /** Original offset where the stem starts (after prefixes and article). */
  stemStart: offset,
  /** Normalized stem, without prefixes, article and suffix. */
  stem: z.string(),
  /** Normalized pronoun suffix, if one was split off. */
  suffix: z.string().optional(),
});

export const TokenSchema = z.object({
  start: offset,
  end: offset,
  norm: z.string(),
  kind: TokenKindSchema,
  script: ScriptSchema,
  /** Index of the sentence that holds the token. */
  sentence: z.number().int().min(0),
  /** Arabic words: the preferred clitic analysis (absent when the word has no proclitic or article). */
  clitics: CliticAnalysisSchema.optional(),
  /** Arabic words: other readings where the split is ambiguous. */
  alternatives: z.array(CliticAnalysisSchema).optional(),
});

export const SentenceSchema = z.object({
  id: z.number().int().min(0),
  start: offset,
  end: offset,
  /** Tokens of the sentence are `tokens.slice(tokenStart, tokenEnd)`. */
  tokenStart: z.number().int().min(0),
  tokenEnd: z.number().int().min(0),
  /** Dominant script of the sentence's letters ('other' when it has none). */
  script: ScriptSchema,
  /** True when extractors skip the sentence (another script or language, such as English page residue). */
  skip: z.boolean(),
});

export const LanguageSchema = z.object({
  /** ISO 639-3 code ('arb' for Arabic, 'pes', 'urd', …), or 'und' when undetermined. */
  code: z.string(),
  /** Share of letters in the Arabic script, 0–1. */
  arabicScriptRatio: z.number().min(0).max(1),
  /** How the code was decided. */
  method: z.enum(['script', 'franc', 'forced', 'empty']),
});

export const EntitySchema = z.object({
  id: z.string(),
  type: MentionTypeSchema,
  /** The fullest mention's text. */
  canonical: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(z.string()),
  /** A key shared with outside data where known: an ISO 3166 country code, an acronym. */
  key: z.string().optional(),
});

/**
 * Where a relation was read: the sentence, the document's tokens `[tokenStart, tokenEnd)` (indices into
 * the full token list, also when the output leaves tokens out) and the original span and its text.
 */
export const EvidenceSchema = z.object({
  sentence: z.number().int().min(0),
  tokenStart: z.number().int().min(0),
  tokenEnd: z.number().int().min(0),
  start: offset,
  end: offset,
  text: z.string(),
});

/**
 * Relation types (rules in src/resolve/relations):
 * - HAS_TITLE: person → title text (`value`), a title next to the name (السفيرة «نائلة جبر»).
 * - MEMBER_OF / HEAD_OF: person → organization, a role title followed by the organization
 *   (نائب مدير إدارة … ; رئيس اللجنة …); HEAD_OF when the role heads it (رئيس, مدير) and no deputy word
 *   (نائب, مساعد) comes first.
 * - PART_OF: organization → organization: a unit attached by بـ / التابع لـ, or a name that embeds
 *   another organization's name (مكتب الأمم المتحدة لمكافحة … → الأمم المتحدة).
 * - LOCATED_IN: organization → country or place, from a nisba adjective in its name (الأمريكية) or
 *   «في X» / «بـX» right after it. NATIONALITY: person → country, from a nisba after the person's title.
 *   The object is the country's entity when the document names it, else the ISO code as `value`.
 * - VALUE_OF: a MONEY, PERCENT or DATE mention (subject: the mention id) → each named entity of the
 *   same clause (the stretch of the sentence between clause punctuation: ، ؛ : . and the like). It
 *   says "this amount, share or date is stated about these entities", not which role each plays.
 */
export const RelationTypeSchema = z.enum([
  'HAS_TITLE',
  'MEMBER_OF',
  'HEAD_OF',
  'PART_OF',
  'LOCATED_IN',
  'NATIONALITY',
  'VALUE_OF',
]);

export const RelationSchema = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  /** Entity id (or mention id for VALUE_OF, whose subject is a value mention). */
  subject: z.string(),
  /** Entity id; absent when the object is a literal (`value`). */
  object: z.string().optional(),
  /** Literal object, such as a title text. */
  value: z.string().optional(),
  rule: z.string(),
  evidence: EvidenceSchema,
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
  /** The extractor or stage that reported it. */
  source: z.string().optional(),
});

export const DocumentSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  language: LanguageSchema,
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  mentions: z.array(MentionSchema),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/**
 * The document graph (src/graph): a view computed from a document, never stored in it. Node ids are
 * the document's own ids (sentence nodes `s<index>`, the document node `doc`), so a relation's subject
 * and object are node ids as they stand.
 */
const nodeSpan = { start: offset, end: offset };
export const GraphNodeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), id: z.literal('doc'), label: z.string() }),
  z.object({ kind: z.literal('sentence'), id: z.string(), index: z.number().int().min(0), ...nodeSpan, label: z.string() }),
  z.object({ kind: z.literal('mention'), id: z.string(), type: MentionTypeSchema, ...nodeSpan, label: z.string() }),
  z.object({ kind: z.literal('entity'), id: z.string(), type: MentionTypeSchema, label: z.string(), key: z.string().optional() }),
  /** A MONEY, PERCENT, NUMBER or DATE mention: a value stands for itself, it joins no entity. */
  z.object({ kind: z.literal('value'), id: z.string(), type: MentionTypeSchema, ...nodeSpan, label: z.string(), value: ValueSchema.optional() }),
]);

export const GraphEdgeTypeSchema = z.enum(['CONTAINS', 'MENTION_OF', ...RelationTypeSchema.options]);

export const GraphEdgeSchema = z.object({
  type: GraphEdgeTypeSchema,
  source: z.string(),
  /** Node id; absent when the relation's object is a literal (`value`), such as a title text. */
  target: z.string().optional(),
  value: z.string().optional(),
  /** Id of the relation the edge draws (relation edges only). */
  relation: z.string().optional(),
});

export const GraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});

export type MentionType = z.infer<typeof MentionTypeSchema>;
export type MoneyValue = z.infer<typeof MoneyValueSchema>;
export type PercentValue = z.infer<typeof PercentValueSchema>;
export type NumberValue = z.infer<typeof NumberValueSchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Value = z.infer<typeof ValueSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Script = z.infer<typeof ScriptSchema>;
export type TokenKind = z.infer<typeof TokenKindSchema>;
export type CliticAnalysis = z.infer<typeof CliticAnalysisSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type ArabicDocument = z.infer<typeof DocumentSchema>;
export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdgeType = z.infer<typeof GraphEdgeTypeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type Graph = z.infer<typeof GraphSchema>;
