/**
 * Eleventy 3.1 hands Nunjucks a new `Template` for every page it renders (it turned its own compile cache
 * off for Nunjucks), so a template paginated over 10,000 articles was compiled 10,000 times: about 4 s
 * of a 30 s build. Compiling is a pure function of the source, its path and the environment, so the first
 * compile of each is kept and reused.
 */
interface NunjucksTemplate {
  env: object;
  path: string | null;
  tmplStr: string;
  tmplProps?: unknown;
  blocks: unknown;
  rootRenderFunc: unknown;
  compiled: boolean;
  _compile(): void;
}

export interface NunjucksLibrary {
  Template: { prototype: NunjucksTemplate };
}

const PATCHED = Symbol.for("lede.compileCache");

export function reuseNunjucksCompiles(nunjucks: NunjucksLibrary): void {
  const prototype = nunjucks.Template.prototype as NunjucksTemplate & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  const compile = prototype._compile;
  const compiled = new WeakMap<object, Map<string, Pick<NunjucksTemplate, "blocks" | "rootRenderFunc">>>();
  prototype._compile = function (this: NunjucksTemplate) {
    if (this.tmplProps || typeof this.tmplStr !== "string") return compile.call(this);
    const byEnv = compiled.get(this.env) ?? new Map();
    compiled.set(this.env, byEnv);
    const key = `${this.path ?? ""}\u0000${this.tmplStr}`;
    const known = byEnv.get(key);
    if (known) {
      this.blocks = known.blocks;
      this.rootRenderFunc = known.rootRenderFunc;
      this.compiled = true;
      return;
    }
    compile.call(this);
    byEnv.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc });
  };
  prototype[PATCHED] = true;
}
