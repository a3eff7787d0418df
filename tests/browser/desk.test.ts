/**
 * The desk in a real browser, as a new editor uses it: `datelines add` of a Chinese and an
 * Arabic wire story, then, in the desk only, two published events from the Chinese one
 * (accept → edit, the quote chosen by highlighting it in the document → publish, once refused
 * for a placeholder) and one from the Arabic one with an Arabic headline; a dismissal undone;
 * the preview through the site's template; axe on every desk page. No JSON is opened, no offset
 * typed; no request leaves the machine.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/print/browser.ts";
import { startDesk, type DeskServer } from "../../src/desk/server.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { addFiles, AR_DOC, makeBareFixture, NOW, ZH_DOC, type DeskFixture } from "../desk/fixture.ts";
import { ROOT } from "../support/fixture.ts";
import { axeViolations } from "./support.ts";

/** Drags the mouse across `text` in the document pane, as an editor highlights it. */
async function highlight(page: Page, text: string): Promise<void> {
  // No named inner functions here: the test runner's transform would wrap them in a helper the page lacks.
  const box = await page.evaluate((wanted) => {
    const pane = document.getElementById("document")!;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not within one text node of the document`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

describe("the desk, in a browser: add → accept → edit → publish, in Chinese and Arabic", () => {
  let fx: DeskFixture;
  let desk: DeskServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const foreign: string[] = [];
  const steps: string[] = [];
  let started = 0;
  const step = (what: string) => steps.push(what);

  before(async () => {
    fx = makeBareFixture();
    started = performance.now();
    await addFiles(fx.ws, { "laos-supplies.txt": ZH_DOC }, "zh-Hans"); // datelines add laos-supplies.txt --lang zh-Hans
    await addFiles(fx.ws, { "cairo-aid.txt": AR_DOC }, "ar");
    step("datelines add (command line)");
    desk = await startDesk({ root: ROOT, data: fx.data, port: 0, now: () => NOW });
    step("datelines desk (command line), open it");
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true }) // axe is injected as an inline script;
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      foreign.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    // A refused save answers 422 and a conflict 409, which the browser logs; anything else is a problem.
    page.on("console", (m) => m.type() === "error" && !/status of (409|422)/.test(m.text()) && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  });
  after(async () => {
    await browser?.close();
    await desk?.close();
  });

  let checking = 0;
  const axe = async (name: string) => {
    const t0 = performance.now();
    const { ids, report } = await axeViolations(page);
    checking += performance.now() - t0;
    assert.deepEqual(ids, [], `axe on the ${name}:\n${report}`);
  };

  test("the queue: the newest document first, with its counts", async () => {
    await page.goto(desk.url);
    const headings = await page.locator("section.queue-document h2").allTextContents();
    assert.deepEqual(headings.map((h) => h.trim()), ["القاهرة في 2 أبريل 2020", "新华社万象4月2日电", "Test report"]);
    assert.match(await page.locator("section.queue-document").nth(1).locator(".meta").textContent() ?? "", /2 new · 0 promoted · 0 dismissed/);
    await axe("queue");
  });

  test("a Chinese document to two published events", async () => {
    await page.locator("section.queue-document").nth(1).getByRole("link", { name: "Open the document" }).click();
    step("open the document");
    const pane = page.locator("#document");
    assert.equal(await pane.getAttribute("lang"), "zh-Hans");
    assert.ok(await page.locator("#current").isVisible(), "the current draft's date is in view");
    assert.equal(await page.locator("#document a.date").count(), 2, "every proposed date is marked in place");
    await axe("document page");

    await page.locator("#accept-headline").fill("Second batch of Chinese medical supplies reaches Vientiane");
    assert.equal(await page.locator("[data-id-preview]").textContent(), "2020-03-30-second-batch-of-chinese-medical-supplies-reaches-vientiane");
    await page.getByRole("button", { name: "Accept" }).click();
    step("type a headline, Accept");
    await page.waitForURL(/\/events\/2020-03-30-second-batch/);
    assert.match(await page.locator(".notice.done").textContent() ?? "", /Accepted/);

    await page.locator("#f-summary").fill("China's second batch of medical supplies for Laos reached Vientiane's Wattay airport on 30 March 2020, Xinhua reported.");
    await page.locator("#f-translations-zh-Hans-headline").fill("中国援助老挝第二批医疗物资运抵万象");
    await highlight(page, "第二批抗疫医疗物资3月30日运抵万象瓦岱国际机场");
    await page.locator('button.use-selection[data-citation="0"]').click();
    await page.locator("#f-tags-0").fill("medical-supplies");
    step("write the summary, a Chinese headline, highlight the quote, a tag");
    await axe("edit page");
    await page.getByRole("button", { name: "Publish" }).click();
    step("Publish");
    await page.waitForURL(/published=1/);

    // The second draft, by keyboard: open it from the queue, type the headline, press Enter.
    await page.goto(`${desk.url}documents/laos-supplies`);
    await page.locator("#accept-headline").focus();
    await page.keyboard.type("Chinese and Lao experts hold a video conference");
    await page.keyboard.press("Enter");
    step("open the document again, type a headline, Enter");
    await page.waitForURL(/\/events\/2020-04-01-chinese-and-lao-experts/);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForLoadState();
    assert.match(await page.locator("[data-problems-for=summary]").textContent() ?? "", /placeholder/, "publish is refused while the summary is the placeholder");
    assert.equal(await page.locator("#f-headline").inputValue(), "Chinese and Lao experts hold a video conference", "nothing typed is lost");
    step("(Publish refused: the summary is still TODO)");
    await page.locator("#f-summary").fill("Chinese and Lao experts shared their experience of containing the epidemic by video link on 1 April 2020, Xinhua reported.");
    await page.getByRole("button", { name: "Publish" }).click();
    step("write the summary, Publish");
    await page.waitForURL(/published=1/);

    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const published = loaded.dataset.events.filter((e) => e.citations[0]!.source === "laos-supplies" && e.status === "published");
    assert.deepEqual(published.map((e) => e.id), ["2020-03-30-second-batch-of-chinese-medical-supplies-reaches-vientiane", "2020-04-01-chinese-and-lao-experts-hold-a-video-conference"]);
    const quote = published[0]!.citations[0]!;
    assert.equal(quote.quote, "第二批抗疫医疗物资3月30日运抵万象瓦岱国际机场", "the highlighted words, offsets computed by the desk");
    assert.equal([...ZH_DOC].slice(quote.start, quote.end).join(""), quote.quote);
    assert.equal((published[0]!.translations as Record<string, { headline: string }> | undefined)?.["zh-Hans"]?.headline, "中国援助老挝第二批医疗物资运抵万象");
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`# desk: add → two published events in ${seconds(performance.now() - started - checking)} (plus ${seconds(checking)} of axe checks), ${steps.length} steps: ${steps.join("; ")}`);
  });

  test("an Arabic document: a dismissal undone, an event with an Arabic headline, previewed right to left", async () => {
    await page.goto(desk.url);
    await page.locator("section.queue-document").first().getByRole("link", { name: "Open the document" }).click();
    assert.equal(await page.locator("#document").getAttribute("dir"), "rtl");
    await page.getByRole("button", { name: "Dismiss" }).click();
    assert.match(await page.locator(".notice.done").textContent() ?? "", /Dismissed/);
    await axe("document page after a dismissal (right to left)");
    await page.locator(".notice.done").getByRole("button", { name: "Undo dismiss" }).click();
    assert.match(await page.locator(".notice.done").textContent() ?? "", /back in the queue/);
    assert.match(await page.locator("main .meta").first().textContent() ?? "", /2 new · 0 promoted · 0 dismissed/);

    await page.locator("ol.queue a", { hasText: "31 March 2020" }).click();
    await page.locator("#accept-headline").fill("Chinese medical aid flight lands in Cairo");
    await page.getByRole("button", { name: "Accept" }).click();
    await page.waitForURL(/\/events\/2020-03-31-chinese-medical-aid-flight-lands-in-cairo/);
    await page.locator("#f-summary").fill("A plane carrying Chinese medical aid, masks and ventilators, landed at Cairo International Airport on 31 March 2020.");
    await page.locator("#f-translations-ar-headline").fill("وصول طائرة مساعدات طبية صينية إلى القاهرة");
    assert.equal(await page.locator("#f-translations-ar-headline").getAttribute("dir"), "rtl");
    // Checked as you type, by the build's validation: "late" is part of a month, not of a day.
    await page.locator("#f-date-qualifier").selectOption("late");
    const qualifierProblems = page.locator("[data-problems-for='date.qualifier']");
    await qualifierProblems.getByText(/precision "month"/).waitFor();
    assert.equal(await page.locator("#date-words").textContent(), "late 31 March 2020");
    await page.locator("#f-date-qualifier").selectOption("");
    await qualifierProblems.waitFor({ state: "hidden" });
    assert.equal(await page.locator("#date-words").textContent(), "31 March 2020");
    await page.getByRole("button", { name: "Publish" }).click();
    await page.waitForURL(/published=1/);

    await page.getByRole("link", { name: "ar", exact: true }).click();
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
    assert.equal((await page.locator("main h1").textContent())?.trim(), "وصول طائرة مساعدات طبية صينية إلى القاهرة");
    assert.match(await page.locator("blockquote[lang=ar]").textContent() ?? "", /31 مارس 2020/);
  });

  test("nothing went wrong in the page, and nothing was fetched from elsewhere", () => {
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
  });
});
