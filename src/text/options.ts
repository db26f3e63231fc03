import * as z from '../zod.js';

/** Which folds `normalize` applies. Every fold is on by default except hamzaCarriers. */
export const NormalizeOptionsSchema = z
  .object({
    diacritics: z.boolean().default(true),
    tatweel: z.boolean().default(true),
    alef: z.boolean().default(true),
    alefMaksura: z.boolean().default(true),
    taaMarbuta: z.boolean().default(true),
    hamzaCarriers: z.boolean().default(false),
    hamzaSeat: z.boolean().default(true),
    digits: z.boolean().default(true),
    presentationForms: z.boolean().default(true),
    persianLetters: z.boolean().default(true),
    formatControls: z.boolean().default(true),
    spaces: z.boolean().default(true),
  })
  .strict();

export type NormalizeOptions = z.input<typeof NormalizeOptionsSchema>;
export type ResolvedNormalizeOptions = z.output<typeof NormalizeOptionsSchema>;
