/** Nunjucks templates compiled once per text, not once per page (src/site/template-cache.ts). */
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { compileTemplatesOnce } from "../../src/site/template-cache.ts";

const require = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
const nunjucks = require("nunjucks") as typeof import("nunjucks") & { Template: new (src: string, env: object, path?: string) => { render(ctx: object): string; rootRenderFunc?: unknown } };

test("a template text and path is compiled once, and every page still renders its own data", () => {
  compileTemplatesOnce();
  const env = new nunjucks.Environment();
  env.addFilter("shout", (s: string) => s.toUpperCase());
  const page = (headline: string) => {
    const template = new nunjucks.Template("<h1>{{ headline | shout }}</h1>{% block note %}{{ n }}{% endblock %}", env, "event.njk");
    return { html: template.render({ headline, n: headline.length }), template };
  };
  const [a, b] = [page("Masks"), page("Doctors")];
  assert.equal(a.html, "<h1>MASKS</h1>5");
  assert.equal(b.html, "<h1>DOCTORS</h1>7");
  assert.equal(a.template.rootRenderFunc, b.template.rootRenderFunc, "the second page reuses the first page's compiled template");

  const other = new nunjucks.Template("<h2>{{ headline }}</h2>", env, "event.njk");
  assert.equal(other.render({ headline: "Masks" }), "<h2>Masks</h2>", "another text at the same path is compiled on its own");
  const elsewhere = new nunjucks.Template("<h1>{{ headline | shout }}</h1>{% block note %}{{ n }}{% endblock %}", new nunjucks.Environment(), "event.njk");
  assert.throws(() => elsewhere.render({ headline: "x" }), /shout/, "another environment (other filters) compiles its own");
});
