/**
 * A lexicon's JSON, parsed on first use. The bundle carries every lexicon as JSON text; most are read
 * only when a document first needs them (and some never, for a user who runs one extractor), so
 * loading the package does not pay to parse them all. The proxy forwards every read to the parsed
 * value; almost all reads happen while lexicons compile, once per normalization, and the few per
 * document (a default read per decade found) cost a forwarded property read.
 */
export function lazyJson<T extends object>(array: boolean, text: string): T {
  let value: T | undefined;
  const real = (): T => (value ??= JSON.parse(text) as T);
  return new Proxy((array ? [] : {}) as T, {
    get: (_, property) => Reflect.get(real(), property),
    has: (_, property) => Reflect.has(real(), property),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (target, property) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), property);
      // The target must agree on what it holds itself (an array's length); everything else is the value's.
      if (descriptor && !Reflect.getOwnPropertyDescriptor(target, property)) descriptor.configurable = true;
      return descriptor;
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}
