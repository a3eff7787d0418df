/**
 * A saved article page: its main text by Mozilla's Readability over linkedom's server-side DOM,
 * after removing what is plainly chrome (cookie banners, share bars, ad slots, related links,
 * comments, dialogs, hidden elements), with the page's metadata: title, site name, author,
 * canonical URL, declared language and publication-date candidates.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { HttpUrl } from "../../schema/primitives.ts";
import { decodeHtml } from "./html-charset.ts";
import { nodeParagraphs } from "./html-text.ts";
import { resolveLang } from "./language.ts";
import { joinParagraphs, normalizeParagraph } from "./normalize.ts";
import { pageCandidates } from "./published.ts";
import { DocumentError, type ReadResult } from "./types.ts";

/** Words in a class or id that name page chrome, not article text. */
const CHROME = new Set([
  "ad", "ads", "adslot", "advert", "adverts", "advertisement", "dfp", "sponsor", "sponsored", "promo", "outbrain", "taboola",
  "cookie", "cookies", "consent", "gdpr", "pdpa", "share", "sharing", "sharebar", "social", "newsletter", "related",
  "comment", "comments", "paywall", "subscribe", "recommended", "popular", "trending", "breadcrumb", "breadcrumbs",
]);
const CHROME_ROLES = /^(?:dialog|alertdialog|navigation|banner|contentinfo|complementary|search|menu|menubar)$/;
const AD_LABEL = /^(?:advertisement|advert|ad|sponsored|广告|廣告|إعلان|اعلان|โฆษณา|anzeige|publicité|publicidad)$/i;

type El = {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
  contains(other: unknown): boolean;
  textContent: string | null;
};

export function readHtml(file: string, bytes: Uint8Array): ReadResult {
  const html = decodeHtml(file, bytes);
  const { document } = parseHTML(html);
  const q = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const declared = [document.documentElement?.getAttribute("lang"), q('meta[property="og:locale"]'), q('meta[http-equiv="content-language" i]')];
  const published = pageCandidates(document as never);
  const warnings: string[] = [];
  const url = canonicalUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? q('meta[property="og:url"]'), warnings);

  removeChrome(document as never);
  const article = new Readability(document as never, { serializer: (node) => node, charThreshold: 200 }).parse();
  const paragraphs = article?.content ? nodeParagraphs(article.content as never) : [];
  const body = paragraphs.filter((p) => !AD_LABEL.test(normalizeParagraph(p)));
  const site = clean(article?.siteName) ?? q('meta[property="og:site_name"]');
  const title = withoutSiteName(clean(article?.title) ?? clean(document.querySelector("title")?.textContent), site);
  if (title && body.length && normalizeParagraph(body[0]!) !== normalizeParagraph(title)) body.unshift(title);
  const text = joinParagraphs(body);
  if (!text || (title && text.trim() === normalizeParagraph(title))) {
    throw new DocumentError(file, "no article text found in the page", "Save the article page itself (not a front page or a script-built page), or copy its text into a .txt file");
  }
  const lang = resolveLang(declared, text);
  return {
    format: "html",
    text,
    ...(title ? { title } : {}),
    ...optional("publisher", site),
    ...optional("author", author(article?.byline, q('meta[name="author"]'))),
    ...optional("url", url),
    lang: lang.lang,
    langBasis: lang.basis,
    langEvidence: lang.evidence,
    published,
    warnings,
  };
}

function removeChrome(document: { querySelectorAll(s: string): ArrayLike<El>; querySelector(s: string): El | null; body: El }): void {
  const h1 = document.querySelector("h1");
  const total = (document.body?.textContent ?? "").length;
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    if (["html", "body", "main", "article"].includes(el.localName)) continue;
    const kind = chrome(el);
    // A class or id is only a hint: never remove the element holding the headline or most of the text.
    if (kind === "named" && ((h1 && el.contains(h1)) || (el.textContent ?? "").length > total / 2)) continue;
    if (kind) el.remove();
  }
}

/** "marked": hidden, a dialog, navigation, an aside or form, an ad by its label; "named": by class or id. */
function chrome(el: El): "marked" | "named" | undefined {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true" || /display\s*:\s*none/i.test(el.getAttribute("style") ?? "")) return "marked";
  if (CHROME_ROLES.test(el.getAttribute("role") ?? "") || el.getAttribute("aria-modal") === "true") return "marked";
  if (["nav", "aside", "form", "dialog"].includes(el.localName)) return "marked";
  if (AD_LABEL.test(el.getAttribute("aria-label")?.trim() ?? "")) return "marked";
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
  return names.split(/\s+/).some((token) => token.split(/[-_]+/).some((word) => CHROME.has(word))) ? "named" : undefined;
}

function canonicalUrl(href: string | null | undefined, warnings: string[]): string | undefined {
  const value = href?.trim();
  if (!value) return undefined;
  if (HttpUrl.safeParse(value).success) return value;
  warnings.push(`the page's canonical URL "${value}" is not an absolute http(s) address; url left out`);
  return undefined;
}

/** Readability's byline, unless it is a URL or a "By" line; else the author meta tag. */
function author(byline: string | null | undefined, meta: string | undefined): string | undefined {
  const value = clean(byline?.replace(/^\s*(?:by|von|par|作者[:：]?|بقلم|โดย)\s+/i, "")) ?? clean(meta);
  return value && !/^https?:/i.test(value) ? value : undefined;
}

/** "Headline_Site", "Headline | Site": the headline alone. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site || !title.endsWith(site)) return title;
  const rest = title.slice(0, -site.length).replace(/\s*[_|｜\-–—·:：]\s*$/, "");
  return rest && rest !== title.slice(0, -site.length) ? rest : title;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value ? normalizeParagraph(value).replace(/\n/g, " ") : "";
  return text ? text.slice(0, 300) : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value.slice(0, 200) } as Record<K, string>) : {};
}
