/**
 * The seeded random numbers behind the synthetic data (mulberry32): the same seed always gives the same stream,
 * so the same seed always gives the same database. Not for anything that needs unpredictability.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer from min to max, both included. */
  integer: (min: number, max: number) => number;
  /** True with the given probability. */
  chance: (probability: number) => boolean;
  /** One element of a non-empty list. */
  pick: <Item>(items: readonly Item[]) => Item;
  /** One key, with the probability of its weight among all weights. */
  weighted: <Key extends string>(weights: Readonly<Record<Key, number>>) => Key;
  /** A number spread evenly on a log scale from min to max (casualty counts span orders of magnitude). */
  logUniform: (min: number, max: number) => number;
  /** A shuffled copy of a list. */
  shuffle: <Item>(items: readonly Item[]) => Item[];
}

// Weight tables are read on every draw of every figure: their entries are listed once per table, not per draw.
const weightTables = new WeakMap<object, { entries: [string, number][]; total: number }>();

function tableOf(weights: Readonly<Record<string, number>>): { entries: [string, number][]; total: number } {
  let table = weightTables.get(weights);
  if (!table) {
    const entries = Object.entries(weights);
    table = { entries, total: entries.reduce((sum, [, weight]) => sum + weight, 0) };
    weightTables.set(weights, table);
  }
  return table;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <Item>(items: readonly Item[]): Item => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as Item;
  };
  return {
    next,
    integer,
    chance: (probability) => next() < probability,
    pick,
    weighted: <Key extends string>(weights: Readonly<Record<Key, number>>): Key => {
      const { entries, total } = tableOf(weights);
      let remaining = next() * total;
      for (const [key, weight] of entries) {
        remaining -= weight;
        if (remaining < 0) return key as Key;
      }
      return entries[entries.length - 1]![0] as Key;
    },
    logUniform: (min, max) => Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))),
    shuffle: <Item>(items: readonly Item[]): Item[] => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
      }
      return copy;
    },
  };
}
