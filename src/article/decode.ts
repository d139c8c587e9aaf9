import { problemAt } from "./problem.ts";
import type { Problem } from "./types.ts";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Bytes to text, strictly: NUL bytes mean a binary file, and invalid UTF-8 is reported at the first bad
 * byte rather than silently replaced with U+FFFD (which would lose the author's text).
 */
export function decodeArticle(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = lenientText(bytes.subarray(0, nul));
    return {
      problem: problemAt(file, before, before.length, "binary-content",
        "the file contains NUL bytes, so it is binary, not an article; remove it or save it as UTF-8 text"),
    };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    const before = lenientText(bytes.subarray(0, bad));
    return {
      problem: problemAt(file, before, before.length, "invalid-utf8",
        `byte 0x${bytes[bad]!.toString(16).padStart(2, "0")} at offset ${bad} is not valid UTF-8; re-save the file as UTF-8`),
    };
  }
}

function lenientText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const [length, min] = byte < 0x80 ? [1, 0] : byte >= 0xc2 && byte < 0xe0 ? [2, 0x80]
      : byte >= 0xe0 && byte < 0xf0 ? [3, 0x800] : byte >= 0xf0 && byte < 0xf5 ? [4, 0x10000] : [0, 0];
    if (length === 0) return i;
    let codePoint = length === 1 ? byte : byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}
