/**
 * Thai lines break between words, never inside a name or loanword that the browser's
 * dictionary lacks ("โค|วิด", "อู่|ฮั่น"): checked in Chromium's own layout at phone and
 * desktop widths, for the words site.json and places.json give.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { ROOT } from "../support/fixture.ts";
import { PHONE, startSession, type Session } from "./support.ts";

const site = JSON.parse(readFileSync(`${ROOT}/_data/site.json`, "utf8")) as { languages?: { lang: string; keepTogether?: string[] }[] };
const places = JSON.parse(readFileSync(`${ROOT}/_data/places.json`, "utf8")) as { places: { label: Record<string, string> }[] };
const WORDS = [
  ...(site.languages?.find((l) => l.lang === "th")?.keepTogether ?? []),
  ...places.places.flatMap((p) => (p.label.th ? p.label.th.split(/\s+/) : [])),
];

describe("Thai line breaks", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  test("the data names words to keep together, โควิด among them", () => assert.ok(WORDS.includes("โควิด")));

  for (const viewport of [PHONE, { width: 1200, height: 900 }]) {
    test(`no such word is split across two lines at ${viewport.width} px`, async () => {
      const tab = await session.tab({ viewport });
      for (const path of ["/th/", "/th/print/", "/th/events/2020-03-18-chinese-medical-supplies-sent-to-charles-de-gaulle-airport/"]) {
        assert.equal(await tab.open(path), 200, path);
        const { checked, split } = await tab.page.evaluate((words) => {
          const out = { checked: 0, split: [] as string[] };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? "";
            for (const word of words) {
              for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                out.checked++;
                if (tops.size > 1) out.split.push(`${word} in <${node.parentElement!.tagName.toLowerCase()}>: ${text.slice(Math.max(0, at - 10), at + word.length + 10)}`);
              }
            }
          }
          return out;
        }, WORDS);
        assert.ok(checked > 3, `${path}: only ${checked} occurrences found`);
        assert.deepEqual(split, [], `${path}: words cut at a line end`);
      }
    });
  }
});
