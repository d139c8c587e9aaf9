/** Near-duplicates share at least this share of their 5-word shingles (Jaccard). */
export const DUPLICATE_SIMILARITY = 0.8;
const SHINGLE = 5;
const SKETCH = 8;
const MIN_SHARED = 2;

export interface Duplicate {
  file: string;
  duplicateOf: string;
}

interface Candidate {
  file: string;
  /** The article's `shinglesOf` its text. */
  shingles: Uint32Array;
}

/**
 * Which articles repeat an earlier one: the same words (whitespace and punctuation aside), or nearly the
 * same 5-word shingles. The first in the given order is kept. Candidates come from a bottom-k MinHash
 * sketch (articles that share one of their eight smallest shingle hashes), so 10,000 articles are not
 * compared pairwise; each candidate pair is then checked exactly.
 */
export function findDuplicates(articles: readonly Candidate[]): Duplicate[] {
  const kept: Array<{ file: string; shingles: Uint32Array }> = [];
  const byHash = new Map<number, number[]>();
  const duplicates: Duplicate[] = [];
  // How many sketch hashes each kept article shares with the one at hand (reset after each article).
  const sharedWith = new Uint8Array(articles.length);
  for (const article of articles) {
    const shingles = article.shingles;
    const sketch = shingles.subarray(0, SKETCH);
    // Sets that are 80% alike share most of their smallest hashes; one shared hash is just chance.
    const touched: number[] = [];
    for (const value of sketch) {
      for (const index of byHash.get(value) ?? []) {
        if (sharedWith[index] === 0) touched.push(index);
        sharedWith[index] = sharedWith[index]! + 1;
      }
    }
    const candidates = touched.filter((index) => sharedWith[index]! >= MIN_SHARED).sort((a, b) => a - b);
    for (const index of touched) sharedWith[index] = 0;
    const original = candidates.find((index) => similarEnough(shingles, kept[index]!.shingles));
    if (original !== undefined) {
      duplicates.push({ file: article.file, duplicateOf: kept[original]!.file });
      continue;
    }
    const index = kept.push({ file: article.file, shingles }) - 1;
    for (const value of sketch) {
      const holders = byHash.get(value);
      if (holders) holders.push(index);
      else byHash.set(value, [index]);
    }
  }
  return duplicates;
}

/**
 * The article's 5-word shingles as sorted, distinct 32-bit hashes (the smallest first: the sketch).
 * Computed with each article's derivation, on the threads that derive.
 */
export function shinglesOf(text: string): Uint32Array {
  const words = wordHashes(text);
  const count = Math.max(1, words.length - SHINGLE + 1);
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let value = 17;
    for (let k = i; k < Math.min(i + SHINGLE, words.length); k++) value = (Math.imul(value, 0x01000193) ^ words[k]!) >>> 0;
    all[i] = value;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.subarray(0, distinct);
}

const FNV_OFFSET = 0x811c9dc5;

/**
 * The FNV-1a hash (32 bits: fast, and spread well enough for one corpus) of each word of the lower-cased
 * text, in one pass that makes no string per word. A word is a run of a-z, 0-9 and anything from U+00C0
 * up (any script's letters: cheap, and enough here).
 */
export function wordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const hashes: number[] = [];
  let value = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code >= 0xc0) {
      value = Math.imul(value ^ code, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(value >>> 0);
      value = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(value >>> 0);
  return hashes;
}

/**
 * Jaccard similarity at least DUPLICATE_SIMILARITY, by one merge of the two sorted, distinct arrays that
 * stops once even sharing every hash left could not get there: most candidate pairs share little, and
 * merging each to its end made findDuplicates 0.21 s at 10,000 articles instead of 0.08 s.
 */
function similarEnough(a: Uint32Array, b: Uint32Array): boolean {
  if (Math.min(a.length, b.length) < DUPLICATE_SIMILARITY * Math.max(a.length, b.length)) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
      continue;
    }
    if (a[i]! < b[j]!) i++;
    else j++;
    if (!alike(shared + Math.min(a.length - i, b.length - j), a.length + b.length)) return false;
  }
  return alike(shared, a.length + b.length);
}

/** Two sets of `total` hashes in all, `shared` of them in both, are alike enough (more shared, never less alike). */
function alike(shared: number, total: number): boolean {
  return shared / (total - shared) >= DUPLICATE_SIMILARITY;
}
