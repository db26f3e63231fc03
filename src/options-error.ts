import type * as z from './zod.js';

/** Thrown for invalid options; the message names each offending option. */
export class OptionsError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'OptionsError';
  }
}

/** Parses options with a zod schema, turning a failure into one readable error that names the option. */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(options)';
    return `option "${path}": ${issue.message}`;
  });
  throw new OptionsError(`${where}: invalid options: ${problems.join('; ')}`);
}
