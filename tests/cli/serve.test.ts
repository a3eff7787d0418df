/**
 * `datelines serve`: one whole build, then an edit to an event file renders only the pages that
 * show the event, now or before the edit, and an event taken out loses its pages. On a large site
 * (here the sample in parts of 40 events, as a site past 2,500 would be) the whole build runs in
 * processes; on a small one it is the server's first run, and a change outside events/ renders
 * the site again.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { ROOT } from "../support/fixture.ts";
import { tempFolder } from "../support/temp.ts";

const tmp = tempFolder("serve");
after(() => rmSync(tmp, { recursive: true, force: true }));

let servers = 0;

/** `datelines serve` on a copy of the sample data, in `name` under the temporary folder. */
function serve(name: string, env: NodeJS.ProcessEnv = {}, perPage?: number) {
  const data = join(tmp, name, "data");
  const site = join(tmp, name, "site");
  cpSync(join(ROOT, "_data"), data, { recursive: true });
  if (perPage) {
    const siteFile = join(data, "site.json");
    writeFileSync(siteFile, readFileSync(siteFile, "utf8").replace(/"maxEventsPerPage": \d+/, `"maxEventsPerPage": ${perPage}`));
  }
  const port = 18000 + (process.pid % 1000) * 2 + servers++; // two servers, each its own port
  const server = spawn(process.execPath, ["src/cli/bin.mjs", "serve", "--port", String(port), "--output", site], {
    cwd: ROOT,
    env: { ...process.env, DATELINES_DATA: data, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const served = { data, site, output: "" };
  server.stdout.setEncoding("utf8").on("data", (s: string) => (served.output += s));
  server.stderr.setEncoding("utf8").on("data", (s: string) => (served.output += s));
  after(() => {
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  });

  async function until(what: string, check: () => Promise<boolean> | boolean, seconds = 90): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      if (await check()) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.fail(`${what}: not within ${seconds} s. Server output:\n${served.output.slice(-3000)}`);
  }

  const page = async (path: string) => {
    const response = await fetch(`http://localhost:${port}${path}`);
    return { status: response.status, html: await response.text() };
  };

  const file = join(data, "events", "2020-01.json");
  function edit(change: (event: { headline: string; status: string; date: { start: string } }) => void): void {
    const json = JSON.parse(readFileSync(file, "utf8")) as { events: { id: string; headline: string; status: string; date: { start: string } }[] };
    change(json.events.find((e) => e.id === ID)!);
    writeFileSync(file, JSON.stringify(json, null, 2));
  }
  return { served, until, page, edit };
}

const ID = "2020-01-03-china-begins-sharing-covid-19-information-with-who";
const OTHER = "2020-03-29-chinese-medical-expert-team-arrives-in-laos";

test("serving a large site: an edit to an event shows on its pages without a whole build, a moved event leaves its old month, an unpublished one loses its pages", async (t) => {
  const { served, until, page, edit } = serve("large", { DATELINES_EVENTS_PER_PART: "40" });
  const output = () => served.output;
  await until("the server starts after the whole build", () => /Server at/.test(output()), 240);
  const other = join(served.site, "events", OTHER, "index.html");
  const untouched = statSync(other).mtimeMs;

  edit((e) => (e.headline = "China starts giving information on the novel coronavirus to the WHO"));
  const seconds = await until("the new headline on the event's page", async () => (await page(`/events/${ID}/`)).html.includes("China starts giving"));
  t.diagnostic(`edit seen on the event page after ${seconds.toFixed(1)} s`);
  await until("the new headline on its month's page", async () => (await page("/2020/01/")).html.includes("China starts giving"));
  assert.ok((await page("/")).html.includes("China starts giving"), "the front page");
  await until("the report of what was written", () => /1 event changed: their pages written/.test(output()));
  assert.match(readFileSync(join(served.site, "events", ID, "oembed.json"), "utf8"), /"title": "China starts giving/, "its oEmbed response");
  assert.equal(statSync(other).mtimeMs, untouched, "another event's page was written again");

  edit((e) => (e.date.start = "2020-03-03"));
  await until("the moved event on its new month's page", async () => (await page("/2020/03/")).html.includes("China starts giving"));
  await until("the moved event gone from its old month's page", async () => !(await page("/2020/01/")).html.includes("China starts giving"));

  edit((e) => (e.status = "draft"));
  await until("the unpublished event's pages removed", async () => (await page(`/events/${ID}/`)).status === 404 && (await page(`/zh/embed/events/${ID}/`)).status === 404);
  assert.ok(!(await page("/2020/03/")).html.includes("China starts giving"));
});

test("serving a site built in one process: an event edit writes only its pages (its country's other pages when it moves), a change to site.json renders the site again", async () => {
  const { served, until, page, edit } = serve("small", {}, 10); // ten events a page: China's events span several pages
  await until("the server's first build", () => /Server at/.test(served.output) && /Watching/.test(served.output), 240);
  const other = join(served.site, "events", OTHER, "index.html");
  const chinaPages = readdirSync(join(served.site, "countries", "cn")).filter((f) => /^\d+$/.test(f));
  assert.ok(chinaPages.length >= 2, `China's events on several pages (${chinaPages.length + 1})`);
  const lastChinaPage = join(served.site, "countries", "cn", String(Math.max(...chinaPages.map(Number))), "index.html");
  const mtimes = () => [statSync(other).mtimeMs, statSync(lastChinaPage).mtimeMs];
  const untouched = mtimes();

  edit((e) => (e.headline = "China starts giving information on the novel coronavirus to the WHO"));
  await until("the new headline on the event's page", async () => (await page(`/events/${ID}/`)).html.includes("China starts giving"));
  await until("the new headline on China's first page", async () => (await page("/countries/cn/")).html.includes("China starts giving"));
  await until("the report of what was written", () => /1 event changed: their pages written/.test(served.output));
  assert.deepEqual(mtimes(), untouched, "another event's page, or a page of China's events that does not list the event, was written again");

  edit((e) => (e.date.start = "2020-03-03"));
  await until("China's other pages written again when the event moves among them", () => statSync(lastChinaPage).mtimeMs !== untouched[1]);
  const listing = () => Promise.all(["", ...chinaPages.map((n) => `${n}/`)].map(async (p) => (await page(`/countries/cn/${p}`)).html.includes("China starts giving")));
  await until("the moved event on one of China's pages, not two", async () => (await listing()).filter(Boolean).length === 1);
  const search = JSON.stringify(readdirSync(join(served.site, "search"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).map((f) => readFileSync(join(served.site, "search", f), "utf8")));
  assert.match(search, /China starts giving/, "the search files hold the new headline");

  const siteFile = join(served.data, "site.json");
  writeFileSync(siteFile, readFileSync(siteFile, "utf8").replace(/"title": "([^"]*)"/, '"title": "$1 (edited)"'));
  await until("the new title on another event's page", async () => (await page(`/events/${OTHER}/`)).html.includes("(edited)"));
});
