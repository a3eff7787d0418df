/**
 * Mixed directions: on Arabic pages, left-to-right values (place names, source titles in
 * Latin or Chinese script, URLs, file names) are isolated, so they neither drift to the far
 * edge nor reorder the sentence around them; on left-to-right pages, Arabic values likewise.
 * Arabic text uses Arabic punctuation ("،" between list items), and the weekly chart runs
 * right to left.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { SITE } from "../support/build.ts";

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LTR = /(?![\p{Script=Arabic}\p{Script=Hebrew}])\p{L}/u;
const BLOCKS = new Set(["P", "LI", "DD", "DT", "TD", "TH", "CAPTION", "FIGCAPTION", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6", "OPTION", "DIV", "SECTION", "MAIN", "BODY"]);

type Node = { nodeType: number; textContent: string | null; parentElement: Element | null; childNodes: ArrayLike<Node> };
type Element = Node & { tagName: string; getAttribute(name: string): string | null; closest(selector: string): Element | null };

function* textNodes(node: Node): Generator<Node> {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) yield child;
    else if (child.nodeType === 1 && !["SCRIPT", "STYLE", "TITLE", "svg"].includes((child as Element).tagName)) yield* textNodes(child);
  }
}

/** Why a run of one direction is not isolated from text of the other around it, if it is not. */
function unisolated(node: Node, pageDir: "ltr" | "rtl"): string | undefined {
  const text = (node.textContent ?? "").trim();
  const foreign = pageDir === "rtl" ? LTR : RTL;
  const own = pageDir === "rtl" ? RTL : LTR;
  if (!foreign.test(text) || own.test(text)) return undefined; // a run of the page's direction, or text written mixed
  const rightWay = (dir: string) => dir === "auto" || (dir === "rtl") === RTL.test(text);
  let el = node.parentElement;
  // Isolated where it stands: inside a <bdi> or an element with its own dir, before any block.
  for (; el && !BLOCKS.has(el.tagName); el = el.parentElement) {
    const dir = el.tagName === "BDI" ? (el.getAttribute("dir") ?? "auto") : el.getAttribute("dir");
    if (dir) return rightWay(dir) ? undefined : `marked dir="${dir}"`;
  }
  // Alone in its block (a list item, a table cell), or in a block of its own direction.
  if (!el || (el.textContent ?? "").trim() === text) return undefined;
  const paragraph = el.closest("[dir]")?.getAttribute("dir") ?? "ltr";
  return rightWay(paragraph) ? undefined : "not isolated";
}

/** A language's pages; `only` keeps those whose path matches (where values in the other direction appear). */
const pages = (prefix: string, only = /./) =>
  readdirSync(join(SITE, prefix), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && (prefix !== "" || !/^(zh|ar|th)\//.test(f)) && only.test(f))
    .map((f) => ({ file: join(prefix, f), document: parseHTML(readFileSync(join(SITE, prefix, f), "utf8")).document }));

for (const [prefix, dir] of [["ar", "rtl"], ["", "ltr"], ["zh", "ltr"], ["th", "ltr"]] as const) {
  test(`${prefix || "en"}: every value in the other direction is isolated from the text around it`, () => {
    const found: string[] = [];
    // Arabic pages all carry Latin values; on the others, Arabic appears in quotes, sources and print notes.
    for (const { file, document } of pages(prefix, dir === "rtl" ? /./ : /^(index\.html|events|sources|print)\//)) {
      for (const node of textNodes(document.body)) {
        const why = unisolated(node, dir);
        if (why) found.push(`${file}: ${why}: <${node.parentElement!.tagName.toLowerCase()}>${(node.textContent ?? "").trim().slice(0, 50)}`);
      }
    }
    assert.deepEqual([...new Set(found)].slice(0, 15), [], `${found.length} runs`);
  });
}

test("Arabic text separates list items with the Arabic comma, not the Latin one", () => {
  const found: string[] = [];
  for (const { file, document } of pages("ar")) {
    for (const node of textNodes(document.body)) {
      if (node.parentElement!.closest("[lang]")!.getAttribute("lang") !== "ar") continue;
      if (/(?<!\d)[,;]|[,;](?!\d)/.test(node.textContent ?? "")) found.push(`${file}: <${node.parentElement!.tagName.toLowerCase()}>${(node.textContent ?? "").trim().slice(0, 50)}`);
    }
  }
  assert.deepEqual([...new Set(found)].slice(0, 15), [], `${found.length} Latin commas or semicolons in Arabic text`);
});

test("the weekly chart runs right to left on Arabic pages (the first month at the right)", () => {
  for (const [prefix, rtl] of [["ar/", true], ["", false]] as const) {
    const { document } = parseHTML(readFileSync(join(SITE, prefix, "index.html"), "utf8"));
    const months = Array.from(document.querySelectorAll("svg.density a") as ArrayLike<Element & { querySelector(s: string): Element | null }>);
    assert.ok(months.length > 1, "the chart has several months");
    const x = (a: (typeof months)[number]) => Number(a.querySelector("rect")!.getAttribute("x"));
    const [first, last] = [x(months[0]!), x(months.at(-1)!)];
    assert.ok(rtl ? first > last : first < last, `${prefix || "en"}: first month at x=${first}, last at x=${last}`);
  }
});
