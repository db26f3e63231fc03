/** A small argument parser: the CLI needs flags, options with values and positionals, nothing more. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses `argv` against the options a command accepts: `flags` take no value, `valued` take one
 * (`--format json` or `--format=json`). An unknown option is a UsageError, never silently ignored.
 */
export function parseArgs(argv: string[], flags: string[], valued: string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      out.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^-+/, '');
    const short = name === 'h' ? 'help' : name;
    if (flags.includes(short)) {
      if (eq >= 0) throw new UsageError(`option --${short} takes no value`);
      out.flags.add(short);
    } else if (valued.includes(short)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`option --${short} needs a value`);
      out.values.set(short, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return out;
}

/** Checks a value against the allowed choices, naming them in the error. */
export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
}
