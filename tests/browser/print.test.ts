import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { monthLabel, PHONE, readExport, startSession, texts, type Session, type Tab } from "./support.ts";

const data = readExport();
const citations = data.events.flatMap((e) => e.citations);

/** Rough page count of a PDF: its page objects. */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe("printable chronology (/print/)", () => {
  let session: Session;
  let tab: Tab;
  before(async () => {
    session = await startSession();
    tab = await session.tab();
    await tab.page.emulateMedia({ media: "print" });
    assert.equal(await tab.open("/print/"), 200);
  });
  after(() => session.close());

  test("has no visible navigation or masthead", async () => {
    const visible = await tab.page.$$eval("nav, header.masthead, .skip-link, .site-footer", (els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(visible, []);
  });

  test("has a month heading (h2) for each month, in order", async () => {
    const months = [...new Set(data.events.map(monthLabel))];
    assert.deepEqual(await texts(tab.page, "section.month > h2"), months);
  });

  test("lists every event in order, its date in a margin column left of the text", async () => {
    const entries = await tab.page.$$eval("li.entry", (lis) =>
      lis.map((li) => {
        const date = li.querySelector(".margin-date")?.getBoundingClientRect();
        const body = li.querySelector(".entry-body")?.getBoundingClientRect();
        return {
          id: li.id,
          date: li.querySelector(".margin-date time")?.textContent?.trim(),
          dateLeftOfBody: !!date && !!body && date.right <= body.x && date.x < body.x && date.width > 0,
        };
      }),
    );
    assert.deepEqual(entries, data.events.map((e) => ({ id: e.id, date: e.label, dateLeftOfBody: true })));
  });

  test("has a notes section with one note per citation, in order", async () => {
    const notes = await texts(tab.page, ".notes li q");
    assert.deepEqual(notes, citations.map((c) => c.quote.replace(/\s+/g, " ").trim()));
    const refs = await tab.page.$$eval(".entry-body sup a", (as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(refs, citations.map((_, i) => `#note-${i + 1}`), "superscript note references");
  });

  test("renders to a PDF with as many pages as its printed length needs", async () => {
    const pdf = await tab.page.pdf({ preferCSSPageSize: true, printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
    // A4 (297 mm) less the @page top and bottom margins (22 + 24 mm), at 96 px per inch.
    const pageHeight = ((297 - 46) / 25.4) * 96;
    await tab.page.setViewportSize({ width: Math.round(((210 - 36) / 25.4) * 96), height: Math.round(pageHeight) });
    const height = await tab.page.evaluate(() => document.documentElement.scrollHeight);
    const needed = Math.max(1, Math.floor(height / pageHeight));
    const pages = pdfPages(pdf);
    assert.ok(pages >= needed, `PDF has ${pages} pages; ${height}px of print layout needs at least ${needed}`);
  });
});

describe("printable chronology on screen", () => {
  let session: Session;
  before(async () => (session = await startSession()));
  after(() => session.close());

  for (const viewport of [{ width: 1200, height: 900 }, PHONE]) {
    test(`no text is smaller than 12 px at ${viewport.width} px (Lighthouse's legible size)`, async () => {
      const tab = await session.tab({ viewport });
      for (const path of ["/print/", "/th/print/"]) {
        assert.equal(await tab.open(path), 200);
        const small = await tab.page.evaluate(() => {
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
            if (node.textContent!.trim() && size < 12) out.push(`${node.parentElement!.tagName.toLowerCase()} ${size.toFixed(1)}px: ${node.textContent!.trim().slice(0, 30)}`);
          }
          return out;
        });
        assert.deepEqual(small.slice(0, 5), [], `${path}: ${small.length} text runs under 12 px`);
      }
    });
  }
});
