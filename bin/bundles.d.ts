export const PROJECT: string;
export const BUNDLES: string;
export function bundleFiles(source: string): { output: string; manifest: string };
export function isFresh(manifestFile: string): boolean;
export function hashOf(inputs: readonly string[]): string;
