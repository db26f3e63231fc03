import { UsageError } from '../args.js';

/** Placeholder until the eval command lands: refuses clearly instead of pretending to score. */
export async function runEval(_argv: string[]): Promise<number> {
  throw new UsageError('eval is not available in this build');
}
