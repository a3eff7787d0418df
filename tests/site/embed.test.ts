/** The embed loader's weight, and the embed code's escaping (src/site/embed/snippet.ts). */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { snippetHtml } from "../../src/site/embed/snippet.ts";

const asset = (file: string) => readFileSync(new URL(`../../src/site/pages/assets/${file}`, import.meta.url));

test("the loader an article includes (assets/embed.js) is at most 2 KB gzipped", () => {
  const size = gzipSync(asset("embed.js"), { level: 9 }).length;
  assert.ok(size <= 2048, `embed.js is ${size} bytes gzipped`);
});

test("the embed page's own script stays small too (it blocks the first paint, to set the theme)", () => {
  const size = gzipSync(asset("embed-frame.js"), { level: 9 }).length;
  assert.ok(size <= 2048, `embed-frame.js is ${size} bytes gzipped`);
});

test("the embed code escapes its title and addresses", () => {
  const html = snippetHtml({ src: "https://x.example/embed/?a=1&b=2", title: `"R&D" <b>`, loader: "https://x.example/assets/embed.js" });
  assert.match(html, /^<iframe src="https:\/\/x\.example\/embed\/\?a=1&amp;b=2" title="&quot;R&amp;D&quot; &lt;b&gt;" /);
  assert.match(html, /data-datelines><\/iframe>\n<script src="https:\/\/x\.example\/assets\/embed\.js" async><\/script>$/);
});
