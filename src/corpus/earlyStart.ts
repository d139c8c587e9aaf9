import type { Knowledge } from "./known.ts";

/** What `lede build`'s early start (early.ts) began, left for the build in the same thread. */
export interface EarlyStart {
  articlesDir: string;
  /** The files read or checked, as deriveArticles resolves them. */
  checked: Promise<Set<string>>;
  /** What the early start's copy of known.ts learnt; ask once `checked` has resolved. */
  knowledge(): Knowledge;
}

const EARLY = Symbol.for("lede.earlyStart");
const slot = globalThis as { [EARLY]?: EarlyStart };

export function leaveEarlyStart(early: EarlyStart): void {
  slot[EARLY] = early;
}

/** The early start's work, if it was for this folder; taken once (a later build derives afresh). */
export function takeEarlyStart(articlesDir: string): EarlyStart | undefined {
  const early = slot[EARLY];
  delete slot[EARLY];
  return early?.articlesDir === articlesDir ? early : undefined;
}
