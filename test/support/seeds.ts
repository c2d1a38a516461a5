/**
 * The legal texts (../shared/seeds, or BAGALAU_SEEDS) for tests that take their expected values from
 * the law itself. Whitespace is squashed: the seeds break lines inside sentences and tables.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

export const SEEDS = process.env.BAGALAU_SEEDS ?? resolve(__dirname, '../../../shared/seeds');

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of seed 000…004, whitespace squashed. */
export function seed(doc: '000' | '001' | '002' | '003' | '004'): string {
  if (!existsSync(SEEDS)) throw new Error(`the legal texts are needed at ${SEEDS} (or set BAGALAU_SEEDS)`);
  const file = readdirSync(SEEDS).find((f) => f.startsWith(doc + '_'));
  if (!file) throw new Error(`no seed ${doc}_… in ${SEEDS}`);
  return squash(readFileSync(join(SEEDS, file), 'utf8'));
}

/** The paragraph «N. …» of a seed, up to the next numbered paragraph. */
export function paragraph(doc: '000' | '001' | '002' | '003' | '004', n: number): string {
  const text = seed(doc);
  const start = text.search(new RegExp(`(^|[ "])${n}\\. `));
  if (start < 0) throw new Error(`${doc} §${n} not found`);
  const rest = text.slice(start + 1);
  const end = rest.search(new RegExp(`[ "]${n + 1}\\. `));
  return end < 0 ? rest : rest.slice(0, end);
}
