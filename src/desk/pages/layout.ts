/** The desk's page shell and small shared pieces (notices, problem lists, date labels). */
import { textDirection } from "../../core/text-direction.ts";
import { Html, html } from "../../curate/html.ts";
import type { EventDate } from "../../schema/index.ts";
import { dateLabel } from "../../site/date-label.ts";
import type { Problem } from "../../validate/index.ts";
import { formatProblem } from "../../validate/index.ts";

export { Html, html };

export interface Notice {
  kind: "done" | "problem" | "conflict";
  /** Text, or Html for a notice with a form in it (undo). */
  body: Html | string;
  /** Focused when the page opens (a refused save: the keyboard starts at what to fix). */
  focus?: boolean;
}

export interface PageInput {
  title: string;
  /** The nav entry to mark as current. */
  current?: "queue" | "events";
  notices?: Notice[];
  body: Html;
  /** Pages with the document beside a panel use the full width. */
  wide?: boolean;
}

export function page({ title, current, notices = [], body, wide = false }: PageInput): string {
  const nav = (key: "queue" | "events", href: string, label: string) =>
    html`<li><a href="${href}"${current === key ? new Html(' aria-current="page"') : ""}>${label}</a></li>`;
  return html`<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Datelines desk</title>
<link rel="stylesheet" href="/desk/desk.css">
<script src="/desk/desk.js" defer></script>
</head>
<body${wide ? new Html(' class="wide"') : ""}>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="desk-header">
<p class="desk-name">Datelines desk <span>on this computer; it edits the files in the data folder</span></p>
<nav aria-label="Desk"><ul>${nav("queue", "/", "Drafts")}${nav("events", "/events", "Events")}</ul></nav>
</header>
<main id="main">
${notices.map(noticeHtml)}
${body}
</main>
</body>
</html>
`.value;
}

function noticeHtml(notice: Notice): Html {
  const role = notice.kind === "done" ? "status" : "alert";
  return html`<div class="notice ${notice.kind}" role="${role}"${notice.focus ? new Html(' tabindex="-1" autofocus') : ""}>${notice.body}</div>`;
}

/** A date in words, as the site will say it ("late February 2020"). */
export function dateWords(date: EventDate): string {
  try {
    return dateLabel(date, "en");
  } catch {
    return [date.start, date.end].filter(Boolean).join(" – ");
  }
}

/** Text in its own language and direction. */
export function inLang(lang: string, text: string | Html, tag = "span"): Html {
  return html`<${new Html(tag)} lang="${lang}" dir="${direction(lang)}">${text}</${new Html(tag)}>`;
}

/**
 * A source's title: its own headline, in the document's language, or an editor's description
 * in [brackets], in the site's language — whose direction is then left to its own letters.
 */
export function sourceTitle(title: string, lang: string): Html {
  return title.startsWith("[") ? html`<span dir="auto">${title}</span>` : inLang(lang, title);
}

export function direction(lang: string): "ltr" | "rtl" {
  try {
    return textDirection(lang);
  } catch {
    return "ltr";
  }
}

export function problemList(problems: readonly Problem[], heading: string): Html {
  if (!problems.length) return html``;
  return html`<details class="elsewhere"><summary>${heading} (${problems.length})</summary><ul>${problems.map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}</ul></details>`;
}

export function percent(confidence: number | undefined): string {
  return confidence === undefined ? "–" : `${Math.round(confidence * 100)}%`;
}
