/**
 * A function remembered per distinct string: every word or name of every answer passes the rules, so each distinct
 * one is worked out once. The memory is dropped at 100,000 entries, so a long-running page never grows without bound.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  return memoBy((text) => text, compute);
}

/** The same for any argument that one string identifies (a token by its text). */
export function memoBy<A, T>(keyOf: (arg: A) => string, compute: (arg: A) => T): (arg: A) => T {
  const memory = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    if (memory.has(key)) return memory.get(key)!;
    const value = compute(arg);
    if (memory.size > 100_000) memory.clear();
    memory.set(key, value);
    return value;
  };
}
