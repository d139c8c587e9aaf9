/** Near-duplicates share at least this share of their 5-word shingles (Jaccard). */
export const DUPLICATE_SIMILARITY = 0.8;
const SHINGLE = 5;
const SKETCH = 8;

export interface Duplicate {
  file: string;
  duplicateOf: string;
}

interface Candidate {
  file: string;
  text: string;
}

/**
 * Which articles repeat an earlier one: the same words (whitespace and punctuation aside), or nearly the
 * same 5-word shingles. The first in the given order is kept. Candidates come from a bottom-k MinHash
 * sketch (articles that share one of their eight smallest shingle hashes), so 10,000 articles are not
 * compared pairwise; each candidate pair is then checked exactly.
 */
export function findDuplicates(articles: readonly Candidate[]): Duplicate[] {
  const kept: Array<{ file: string; shingles: Set<number> }> = [];
  const byHash = new Map<number, number[]>();
  const duplicates: Duplicate[] = [];
  for (const article of articles) {
    const shingles = shinglesOf(article.text);
    const sketch = [...shingles].sort((a, b) => a - b).slice(0, SKETCH);
    const candidates = new Set(sketch.flatMap((hash) => byHash.get(hash) ?? []));
    const original = [...candidates].sort((a, b) => a - b).find((index) => jaccard(shingles, kept[index]!.shingles) >= DUPLICATE_SIMILARITY);
    if (original !== undefined) {
      duplicates.push({ file: article.file, duplicateOf: kept[original]!.file });
      continue;
    }
    const index = kept.push({ file: article.file, shingles }) - 1;
    for (const hash of sketch) byHash.set(hash, [...(byHash.get(hash) ?? []), index]);
  }
  return duplicates;
}

function shinglesOf(text: string): Set<number> {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(hash);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    let value = 17;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) value = (Math.imul(value, 0x01000193) ^ words[k]!) >>> 0;
    shingles.add(value);
  }
  return shingles;
}

/** FNV-1a, 32 bits: fast, and spread well enough for shingles of one corpus. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}
