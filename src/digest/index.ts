export { deriveEntry, articleUrl, DIGEST_STEPS } from "./derive.ts";
export { slugify } from "./slug.ts";
export type { Block, DigestEntry, Quote } from "./types.ts";
