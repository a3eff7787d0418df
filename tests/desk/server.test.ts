/**
 * The desk over HTTP, as a browser without JavaScript uses it (forms only), and as a hostile
 * page would try to: the core actions work as plain form posts; posts from another origin and
 * requests under another host name are refused.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { request } from "node:http";
import { after, before, describe, test } from "node:test";
import { draftsPath } from "../../src/curate/drafts-store.ts";
import { startDesk, type DeskServer } from "../../src/desk/server.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { ROOT } from "../support/fixture.ts";
import { makeDeskFixture, NOW, ZH_DOC, type DeskFixture } from "./fixture.ts";

describe("desk over HTTP", () => {
  let fx: DeskFixture;
  let desk: DeskServer;
  let origin: string;
  before(async () => {
    fx = await makeDeskFixture({ laos: { text: ZH_DOC, lang: "zh-Hans" } });
    desk = await startDesk({ root: ROOT, data: fx.data, port: 0, now: () => NOW });
    origin = desk.url.replace(/\/$/, "");
  });
  after(() => desk.close());

  const post = (path: string, form: Record<string, string | string[]>, headers: Record<string, string> = { origin }) => {
    const body = new URLSearchParams(Object.entries(form).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])));
    return fetch(origin + path, { method: "POST", body, headers, redirect: "manual" });
  };
  const field = (page: string, name: string) => new RegExp(`name="${name.replace(/\./g, "\\.")}" value="([^"]*)"`).exec(page)?.[1] ?? "";

  test("the queue filters by status and confidence; each document says its counts", async () => {
    const page = await (await fetch(`${desk.url}?status=new&min=0.5&sort=confidence`)).text();
    assert.match(page, /<option value="new" selected>/);
    assert.match(page, /2 new · 0 promoted · 0 dismissed/);
    const promoted = await (await fetch(`${desk.url}?status=promoted`)).text();
    assert.match(promoted, /1 draft shown/, "the report's draft that the curated event cites");
    assert.doesNotMatch(promoted, /class="item new/);
  });

  test("a document with no drafts (a fresh clone: drafts are not in git) gets them from a button", async () => {
    rmSync(draftsPath(fx.data, "report"));
    const queue = await (await fetch(desk.url)).text();
    assert.match(queue, /No drafts proposed yet\. <form class="inline" method="post" action="\/documents\/report\/propose">/);
    const proposed = await post("/documents/report/propose", {});
    assert.equal(proposed.status, 303);
    assert.match(proposed.headers.get("location")!, /^\/documents\/report\?proposed=1$/);
    assert.ok(existsSync(draftsPath(fx.data, "report")));
    assert.match(await (await fetch(origin + proposed.headers.get("location")!)).text(), /proposed again/);
  });

  test("without JavaScript: accept with a headline, paste the quote (no offsets), publish", async () => {
    const doc = await (await fetch(`${desk.url}documents/laos`)).text();
    const draft = /action="\/drafts\/(d-[0-9a-f]+)\/accept"/.exec(doc)![1]!;
    const accepted = await post(`/drafts/${draft}/accept`, { headline: "Second batch of supplies reaches Vientiane", id: "", back: "/documents/laos" });
    assert.equal(accepted.status, 303);
    const edit = await (await fetch(origin + accepted.headers.get("location")!)).text();
    const id = field(edit, "was");
    assert.equal(id, "2020-03-30-second-batch-of-supplies-reaches-vientiane");
    const saved = await post(`/events/${id}`, {
      was: id, base: field(edit, "base"), id, action: "publish", status: "draft",
      "date.start": "2020-03-30", "date.precision": "day", "date.end": "", "date.qualifier": "",
      headline: "Second batch of supplies reaches Vientiane", summary: "China's second batch of supplies for Laos reached Vientiane on 30 March 2020.",
      "citations.0.source": "laos", "citations.0.quote": "第二批抗疫医疗物资3月30日运抵万象", "citations.0.start": "", "citations.0.end": "",
      countries: ["China", "LA", ""], tags: ["medical supplies", ""], places: "Vientiane",
    });
    assert.equal(saved.status, 303, await saved.text());
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    const event = loaded.dataset.events.find((e) => e.id === id)!;
    assert.equal(event.status, "published");
    assert.deepEqual(event.countries, ["CN", "LA"]);
    assert.deepEqual(event.tags, ["medical-supplies"]);
    const start = [...ZH_DOC.slice(0, ZH_DOC.indexOf("第二批"))].length;
    assert.deepEqual([event.citations[0]!.start, event.citations[0]!.end], [start, start + [..."第二批抗疫医疗物资3月30日运抵万象"].length]);
  });

  test("without JavaScript: documents chosen in the browser are added, each said added (with its drafts) or not added with why", async () => {
    const form = new FormData();
    const article = readFileSync(join(ROOT, "tests/ingest/documents/fixtures/en-article.html"));
    form.append("files", new Blob([article], { type: "text/html" }), "en-article.html");
    form.append("files", new Blob([readFileSync(join(ROOT, "tests/ingest/documents/fixtures/encrypted.pdf"))], { type: "application/pdf" }), "encrypted.pdf");
    const response = await fetch(`${origin}/documents/add`, { method: "POST", body: form, headers: { origin } });
    const page = await response.text();
    assert.equal(response.status, 422, "one file was not added");
    const added = /<td><code>en-article\.html<\/code><\/td><td>added as <a href="\/documents\/([^"]+)">[^<]+<\/a>: (\d+) drafts? to review/.exec(page);
    assert.ok(added, page);
    assert.match(page, /<td><code>encrypted\.pdf<\/code><\/td><td><strong>not added<\/strong>: [^<]*encrypted/i);
    const loaded = await loadDataset({ root: ROOT, data: fx.data });
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems));
    assert.ok(loaded.dataset.sources.some((s) => s.id === added[1]), "its source entry is written");
    assert.ok(Number(added[2]) > 0, "its dates are proposed as drafts");
    const again = await fetch(`${origin}/documents/add`, { method: "POST", body: (() => { const f = new FormData(); f.append("files", new Blob([article]), "copy.html"); return f; })(), headers: { origin } });
    assert.match(await again.text(), new RegExp(`already added, as <a href="/documents/${added[1]}">`));
    const none = await fetch(`${origin}/documents/add`, { method: "POST", body: new FormData(), headers: { origin } });
    assert.equal(none.status, 422);
    assert.match(await none.text(), /Choose one or more files to add/);
  });

  test("a refused save answers 422 with what was typed and the problem next to its field", async () => {
    const edit = await (await fetch(`${desk.url}events/2020-03-29-chinese-experts-sent-to-laos`)).text();
    const response = await post("/events/2020-03-29-chinese-experts-sent-to-laos", {
      was: "2020-03-29-chinese-experts-sent-to-laos", base: field(edit, "base"), id: "2020-03-29-chinese-experts-sent-to-laos", action: "save", status: "published",
      "date.start": "2020-3-29", "date.precision": "day", headline: "My new headline", summary: "S.",
      "citations.0.source": "report", "citations.0.quote": field(edit, "citations.0.quote") || "China sent a team of medical experts to Laos on March 29, 2020.",
      countries: ["CN"], tags: [],
    });
    assert.equal(response.status, 422);
    const page = await response.text();
    assert.match(page, /value="My new headline"/);
    assert.match(page, /data-problems-for="date\.start"><li>[^<]*use &quot;2020-03-29&quot;/);
    // The keyboard starts at the summary, which links to each field with a problem.
    assert.match(page, /<div class="notice problem" role="alert" tabindex="-1" autofocus>Not saved: 1 problem, shown next to its field \(<a href="#f-date-start">date\.start<\/a>\)/);
    assert.match(page, /id="f-date-start"/);
  });

  test("a save over a change made on disk meanwhile answers 409: both versions shown, what was typed kept, and saving again overwrites", async () => {
    const id = "2020-03-29-chinese-experts-sent-to-laos";
    const edit = await (await fetch(`${desk.url}events/${id}`)).text();
    writeFileSync(fx.eventsFile, fx.read("events/2020-03.json").replace("China sends medical experts to Laos", "Their headline"));
    const form = {
      was: id, base: field(edit, "base"), id, action: "save", status: "published", "date.start": "2020-03-29", "date.precision": "day",
      headline: "My headline", summary: "China sent a team of medical experts to Laos.",
      "citations.0.source": "report", "citations.0.quote": "China sent a team of medical experts to Laos on March 29, 2020.", countries: ["CN", "LA"], tags: ["medical-team"],
    };
    const conflict = await post(`/events/${id}`, form);
    assert.equal(conflict.status, 409);
    const page = await conflict.text();
    assert.match(page, /Someone changed this event on disk/);
    assert.match(page, /<th scope="row">headline<\/th><td>Their headline<\/td><td>My headline<\/td>/);
    assert.match(page, /value="My headline"/);
    assert.match(fx.read("events/2020-03.json"), /Their headline/, "nothing was overwritten");
    const again = await post(`/events/${id}`, { ...form, base: field(page, "base") });
    assert.equal(again.status, 303);
    assert.match(fx.read("events/2020-03.json"), /My headline/);
  });

  test("posts from another site, and requests under another host name, are refused", async () => {
    const list = () => loadDataset({ root: ROOT, data: fx.data });
    const before = JSON.stringify(await list());
    const doc = await (await fetch(`${desk.url}documents/laos`)).text();
    const draft = /action="\/drafts\/(d-[0-9a-f]+)\/dismiss"/.exec(doc)?.[1] ?? "d-0000000000";
    assert.equal((await post(`/drafts/${draft}/dismiss`, {}, { origin: "https://evil.example" })).status, 403);
    assert.equal((await post(`/drafts/${draft}/dismiss`, {}, { "sec-fetch-site": "cross-site" })).status, 403);
    const rebound = await new Promise<number>((resolve, reject) =>
      request(desk.url, { headers: { host: "attacker.example" } }, (res) => resolve(res.resume().statusCode ?? 0)).on("error", reject).end(),
    );
    assert.equal(rebound, 421, "a page reaching the desk through another host name (DNS rebinding) is refused");
    assert.equal(JSON.stringify(await list()), before);
  });
});
