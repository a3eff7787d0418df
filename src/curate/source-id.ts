/**
 * A new source's id (and so its document's file name, <id>.txt): a slug of a Latin-script
 * title; else the site's name from the URL with the publication date (dongan-daily-2024-06-11);
 * else the file's name; made unique against the manifest's ids and documents/'s files.
 */
import { basename, extname } from "node:path";
import { slugify } from "../core/slug.ts";

export interface IdInput {
  title?: string;
  url?: string;
  /** The file read. */
  file: string;
  date?: string;
}

export function sourceIdFor(input: IdInput, taken: (id: string) => boolean): string {
  const base = shorten(latinTitle(input.title) ?? siteSlug(input.url, input.date) ?? meaningful(slugify(basename(input.file, extname(input.file)))) ?? "document");
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base.slice(0, 76)}-${n}`;
  return id;
}

/** The title's slug if the title is mostly Latin letters (a slug of a Thai title is empty or noise). */
function latinTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const letters = [...title].filter((c) => /\p{L}/u.test(c));
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c));
  return letters.length && latin.length / letters.length > 0.6 ? meaningful(slugify(title.replace(/^\[|\]$/g, ""))) : undefined;
}

function siteSlug(url: string | undefined, date: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split(".").filter((l) => !/^(?:www\d*|m|news|amp|mobile|en|ar|th|zh|cn)$/.test(l));
  const name = meaningful(slugify(labels.length > 1 ? labels.slice(0, -1).join("-") : labels.join("-")));
  return name ? [name, date].filter(Boolean).join("-") : undefined;
}

/** A slug with at least three letters, else undefined. */
function meaningful(slug: string): string | undefined {
  return (slug.match(/[a-z]/g)?.length ?? 0) >= 3 ? slug : undefined;
}

const TRAILING = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/;

/** At most six words and 60 characters, cut at a hyphen, without a dangling "as" or "the". */
function shorten(slug: string): string {
  const words = slug.split("-").slice(0, 6);
  while (words.length > 1 && TRAILING.test(words.at(-1)!)) words.pop();
  const joined = words.join("-");
  return joined.length <= 60 ? joined : joined.slice(0, 60).replace(/-[^-]*$/, "");
}
