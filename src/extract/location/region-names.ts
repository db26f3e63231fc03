/**
 * Arabic country and territory names from the platform (Intl.DisplayNames), so the list follows CLDR
 * rather than a hand-typed copy. Codes that name organizations or pseudo-regions are left out.
 */
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR']);

let cached: Array<[string, string]> | undefined;

/** [name, ISO 3166-1 alpha-2 code] pairs; a name with a parenthesis gives both of its parts. */
export function platformRegionNames(): Array<[string, string]> {
  if (cached) return cached;
  cached = [];
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' });
  } catch {
    return cached; // a runtime without Intl.DisplayNames: the data files still cover the common forms
  }
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_PLACES.has(code)) continue;
      const name = names.of(code);
      if (!name || name === code) continue;
      for (const part of name.split(/[()،,]/)) if (part.trim()) cached.push([part.trim(), code]);
    }
  }
  return cached;
}
