/**
 * A function remembered per distinct string: every word or name of every answer passes the rules, so each distinct
 * one is worked out once. The memory is dropped at 100,000 entries, so a long-running page never grows without bound.
 */
export function memoByText<T>(compute: (text: string) => T): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    if (memory.has(text)) return memory.get(text)!;
    const value = compute(text);
    if (memory.size > 100_000) memory.clear();
    memory.set(text, value);
    return value;
  };
}
