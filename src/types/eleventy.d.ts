// Eleventy and its RSS plugin ship JavaScript without type declarations; these cover what Lede uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    source?: "cli" | "script";
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown, unknown[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    eleventyServe: { reload(event: { files?: string[] }): Promise<void> };
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  const plugin: (eleventyConfig: unknown, options?: Record<string, unknown>) => void;
  export default plugin;
}

declare module "@11ty/eleventy/UserConfig" {
  /** The part of Eleventy's configuration API that `.eleventy.ts` uses. */
  export default interface UserConfig {
    addDataExtension(extension: string, options: { read: boolean; parser: (path: string) => unknown }): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addPassthroughCopy(mapping: Record<string, string>): void;
    addWatchTarget(path: string): void;
    addPreprocessor(name: string, extensions: string, preprocess: (this: { inputPath: string }, data: unknown, content: string) => Promise<string | undefined>): void;
    addTransform(name: string, transform: (content: string, outputPath: string | false) => string): void;
    on(event: "eleventy.after", handler: (event: { directories: { output: string }; results: Array<{ url: string; content: string }> }) => Promise<void>): void;
    setQuietMode(quiet: boolean): void;
    ignores: { add(glob: string): void };
    on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: import("../eleventy/pageSets.ts").Directories }) => Promise<void>): void;
  }
}
