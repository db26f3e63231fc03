import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * A small glob for the CLI's inputs (Node 20 has no fs.glob): `*` and `?` within one path segment,
 * `**` for any number of directories. Like a shell, `*` and `?` do not match a leading dot, and
 * matches come back sorted. Symbolic links to directories are not followed by `**`.
 */
export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** A regex for one path segment: `*` any run of characters, `?` one character, no `/`. */
export function segmentMatcher(segment: string): RegExp {
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A wildcard at the start does not match a hidden name (shell convention).
  const hiddenGuard = segment.startsWith('*') || segment.startsWith('?') ? '(?!\\.)' : '';
  return new RegExp(`^${hiddenGuard}${source}$`, 'su');
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function isDirectory(dir: string, entry: Dirent): boolean {
  return entry.isDirectory() && !entry.isSymbolicLink() && existsSync(join(dir, entry.name));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string, display: string, segments: readonly string[], out: string[], seen: Set<string>): void {
  if (segments.length === 0) {
    if (isFile(dir) && !seen.has(display)) {
      seen.add(display);
      out.push(display);
    }
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  const child = (name: string) => [join(dir, name), display === '' ? name : display.endsWith('/') ? display + name : `${display}/${name}`] as const;
  if (head === '**') {
    walk(dir, display, rest, out, seen); // zero directories
    for (const e of entries(dir)) {
      if (!isDirectory(dir, e) || e.name.startsWith('.')) continue;
      const [path, shown] = child(e.name);
      walk(path, shown, segments, out, seen);
    }
    return;
  }
  if (!hasGlob(head)) {
    const [path, shown] = child(head);
    walk(path, shown, rest, out, seen);
    return;
  }
  const re = segmentMatcher(head);
  for (const e of entries(dir)) {
    if (!re.test(e.name)) continue;
    const [path, shown] = child(e.name);
    if (rest.length === 0 || isDirectory(dir, e)) walk(path, shown, rest, out, seen);
  }
}

/** The files a pattern matches, sorted within each directory, in the pattern's own spelling (relative stays relative). */
export function expandGlob(pattern: string, cwd = process.cwd()): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const out: string[] = [];
  walk(absolute ? '/' : cwd, absolute ? '/' : '', segments, out, new Set());
  return out;
}
