/**
 * Compiles each Nunjucks template text once per build, not once per page.
 *
 * Eleventy 3.1 turned off its own compile cache for Nunjucks ("we've moved to use Nunjucks'
 * internal cache") but still makes a `new Template(str, env, inputPath)` for every page it renders.
 * Nunjucks' cache only covers templates loaded by name (layouts, includes), so each of the
 * hundreds of pages paginated from country.njk or feed-atom.njk compiled the template's body again
 * (when events' pages were paginated too, a third of a build's Nunjucks time). Here the compiled
 * functions are kept per environment, template path and text, and handed to later Template objects as the precompiled `tmplProps`
 * Nunjucks already supports. Rendering is unchanged; only the repeated parse is skipped.
 */
import { nunjucks } from "./templates.ts";

interface CompiledTemplate {
  env: object;
  path?: string;
  tmplStr?: string;
  tmplProps?: Record<string, unknown>;
  rootRenderFunc?: unknown;
  blocks?: Record<string, unknown>;
}

let installed = false;

export function compileTemplatesOnce(): void {
  if (installed) return;
  installed = true;
  const compiledBy = new WeakMap<object, Map<string, Record<string, unknown>>>();
  const prototype = nunjucks.Template.prototype as { _compile(this: CompiledTemplate): void };
  const compile = prototype._compile;
  prototype._compile = function (this: CompiledTemplate) {
    if (this.tmplProps || typeof this.tmplStr !== "string") return compile.call(this);
    const compiled = compiledBy.get(this.env) ?? compiledBy.set(this.env, new Map()).get(this.env)!;
    const key = `${this.path ?? ""}\u0000${this.tmplStr}`;
    const props = compiled.get(key);
    if (props) {
      this.tmplProps = props;
      return compile.call(this);
    }
    compile.call(this);
    const blocks = Object.entries(this.blocks ?? {}).map(([name, fn]) => [`b_${name}`, fn]);
    compiled.set(key, { root: this.rootRenderFunc, ...Object.fromEntries(blocks) });
  };
}
