/**
 * Command-line flags of the scripts that take sizes (db:synthetic, bench): `--name value` or `--name=value`. A bad
 * flag is a UsageError, whose message names the flag; scripts print it and exit with 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** count: a whole number of at least 1; seed: a whole number from 0 to 2^32 - 1; text: any non-empty text. */
export type FlagKind = 'count' | 'seed' | 'text';
type FlagValue<Kind extends FlagKind> = Kind extends 'text' ? string : number;
export type ParsedFlags<Spec extends Record<string, FlagKind>> = { [Name in keyof Spec]?: FlagValue<Spec[Name]> };

function parseValue(name: string, kind: FlagKind, raw: string): string | number {
  if (kind === 'text') {
    if (raw.trim() === '') throw new UsageError(`--${name} needs a value`);
    return raw;
  }
  const number = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (kind === 'count' && !(Number.isSafeInteger(number) && number >= 1)) {
    throw new UsageError(`--${name} must be a whole number of at least 1 (got "${raw}")`);
  }
  if (kind === 'seed' && !(Number.isSafeInteger(number) && number <= 0xffffffff)) {
    throw new UsageError(`--${name} must be a whole number from 0 to 4294967295 (got "${raw}")`);
  }
  return number;
}

export function parseFlags<Spec extends Record<string, FlagKind>>(argv: readonly string[], spec: Spec): ParsedFlags<Spec> {
  const parsed: Record<string, string | number> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(argument);
    if (!match) throw new UsageError(`unexpected argument "${argument}"; flags are ${Object.keys(spec).map((name) => `--${name}`).join(', ')}`);
    const name = match[1]!;
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown flag --${name}; flags are ${Object.keys(spec).map((flag) => `--${flag}`).join(', ')}`);
    if (name in parsed) throw new UsageError(`--${name} is given twice`);
    let raw = match[2];
    if (raw === undefined) {
      raw = argv[index + 1];
      if (raw === undefined || raw.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      index += 1;
    }
    parsed[name] = parseValue(name, kind, raw);
  }
  return parsed as ParsedFlags<Spec>;
}

/** Prints the usage error and the usage line, and exits with 2. */
export function exitWithUsage(error: UsageError, usage: string): never {
  console.error(`Error: ${error.message}\nUsage: ${usage}`);
  process.exit(2);
}
