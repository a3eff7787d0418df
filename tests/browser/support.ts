/**
 * Shared setup for the browser tests: the built site's data export, a Chromium
 * session that serves _site/ from disk, tabs that record console errors,
 * and axe-core.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../src/print/browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "../../src/print/built-site.ts";
import { readEventsExport } from "../support/events-export.ts";

/** The built site: _site/, or $DATELINES_SITE_DIR. */
export const SITE_DIR = process.env.DATELINES_SITE_DIR ?? fileURLToPath(new URL("../../_site", import.meta.url));
export const PHONE = { width: 375, height: 740 };

export interface ExportedCitation {
  source: string;
  quote: string;
  lang: string;
}
export interface ExportedEvent {
  id: string;
  url: string;
  headline: string;
  label: string;
  date: { start: string; end?: string; precision: "day" | "month" | "year"; qualifier?: string };
  citations: ExportedCitation[];
  countries: string[];
  tags: string[];
  group?: string;
}
export interface ExportedSource {
  id: string;
  url: string;
  title: string;
  lang: string;
}
export interface SiteExport {
  home: string;
  events: ExportedEvent[];
  sources: ExportedSource[];
}

/** The built site's /events.json (its index and parts), which every test derives its expectations from. */
export function readExport(): SiteExport {
  const data = readEventsExport<ExportedEvent, ExportedSource>(SITE_DIR);
  if (data.events.length === 0) throw new Error(`${SITE_DIR}/events.json has no events: the browser tests need a dataset with events.`);
  return data;
}

/** "https://datelines.example.org/events/x/" → "/events/x/". */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}

/** The archive heading an event is listed under: "March 2020", or "2020, month unknown". */
export function monthLabel(event: ExportedEvent): string {
  const [year, month] = event.date.start.split("-");
  if (event.date.precision === "year") return `${year}, month unknown`;
  const first = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  return first.toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

export const isArabic = (c: ExportedCitation) => c.lang === "ar" || c.lang.startsWith("ar-");

/** One page of each type, chosen from the export (the event and source with an Arabic quote, if any).
 * `embed` marks the pages made for an iframe in another site's article, which have no site chrome. */
export function pageTypes(data: SiteExport): { name: string; path: string; embed?: true }[] {
  const event = data.events.find((e) => e.citations.some(isArabic)) ?? data.events[0]!;
  const dated = data.events.find((e) => e.date.precision !== "year") ?? event;
  const source = data.sources.find((s) => s.id === event.citations[0]?.source) ?? data.sources[0]!;
  return [
    { name: "front page", path: "/" },
    { name: "year page", path: `/${dated.date.start.slice(0, 4)}/` },
    { name: "month archive", path: `/${dated.date.start.slice(0, 7).replace("-", "/")}/` },
    { name: "event page", path: pathOf(event.url) },
    { name: "source page", path: pathOf(source.url) },
    { name: "sources index", path: "/sources/" },
    { name: "methodology", path: "/methodology/" },
    { name: "print page", path: "/print/" },
    { name: "404 page", path: "/404.html" },
    { name: "countries index and map", path: "/countries/" },
    { name: "country page", path: `/countries/${(event.countries[0] ?? "cn").toLowerCase()}/` },
    { name: "tags index", path: "/tags/" },
    { name: "tag page", path: `/tags/${event.tags[0] ?? data.events.find((e) => e.tags.length)!.tags[0]}/` },
    { name: "search results", path: "/search/?q=Laos" },
    { name: "groups index", path: "/groups/" },
    { name: "group page", path: `/groups/${event.group ?? data.events.find((e) => e.group)!.group}/` },
    { name: "subscribe page", path: "/subscribe/" },
    { name: "embed code page", path: "/embed/code/" },
    { name: "embed", path: "/embed/", embed: true },
    { name: "event's embed", path: `/embed${pathOf(event.url)}`, embed: true },
  ];
}

export interface Session {
  browser: Browser;
  /** A new context that serves _site/; its blocked requests to other origins go into `foreign()`. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A tab in a new context. */
  tab(options?: BrowserContextOptions): Promise<Tab>;
  /** Every request that any page of this session made to another origin. */
  foreign(): string[];
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const browser = await launchChromium();
  const blocked: string[][] = [];
  const context = async (options?: BrowserContextOptions) => {
    const created = await browser.newContext(options);
    blocked.push(await serveBuiltSite(created, SITE_DIR));
    return created;
  };
  return {
    browser,
    context,
    tab: async (options) => newTab(await context(options)),
    foreign: () => blocked.flat(),
    close: () => browser.close(),
  };
}

/** A page that records console errors and uncaught page errors, reused for many addresses. */
export interface Tab {
  page: Page;
  /** Problems since the last `open` (console errors and page errors). */
  problems: string[];
  /** Loads a path of the site; returns the HTTP status. */
  open(path: string): Promise<number>;
}

export async function newTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = {
    page,
    problems: [],
    async open(path) {
      tab.problems = [];
      const response = await page.goto(SITE_ORIGIN + path, { waitUntil: "load" });
      return response?.status() ?? 0;
    },
  };
  page.on("console", (m) => m.type() === "error" && tab.problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on("pageerror", (e) => tab.problems.push(`page error: ${e.message}`));
  return tab;
}

/** Normalised text content of the elements matching `selector`. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core with its default rules; returns the violations, formatted for an assertion message. */
export async function axeViolations(page: Page): Promise<{ ids: string[]; report: string }> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  }) as AxeViolation[];
  const report = violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`);
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join("\n")}`;
    })
    .join("\n");
  return { ids: violations.map((v) => v.id), report };
}
