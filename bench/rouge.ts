/** ROUGE-N and ROUGE-L F1 between a candidate and a reference, as `npm run eval` reports them. */
export interface Rouge {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function tokens(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[a-z0-9]+('[a-z]+)?/g) ?? [];
}

export function rougeF1(candidate: string, reference: string): Rouge {
  const c = tokens(candidate);
  const r = tokens(reference);
  return { rouge1: ngramF1(c, r, 1), rouge2: ngramF1(c, r, 2), rougeL: lcsF1(c, r) };
}

function ngramF1(candidate: string[], reference: string[], n: number): number {
  const grams = (words: string[]) => {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n).join(" ");
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  };
  const c = grams(candidate);
  const r = grams(reference);
  let overlap = 0;
  for (const [gram, count] of c) overlap += Math.min(count, r.get(gram) ?? 0);
  const cTotal = Math.max(0, candidate.length - n + 1);
  const rTotal = Math.max(0, reference.length - n + 1);
  return f1(overlap, cTotal, rTotal);
}

function lcsF1(candidate: string[], reference: string[]): number {
  const row = new Array<number>(reference.length + 1).fill(0);
  for (const word of candidate) {
    let diagonal = 0;
    for (let j = 1; j <= reference.length; j++) {
      const above = row[j]!;
      row[j] = word === reference[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return f1(row[reference.length]!, candidate.length, reference.length);
}

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}
