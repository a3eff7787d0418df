/**
 * A share card (the Open Graph image, 1200×630) as SVG: the site's title, the event's date and
 * its headline, or on a front page the site's title and description, with the site's address
 * at the foot. Sober, like the site: paper, ink and the accent rule of site.css. Right-to-left
 * languages are laid out from the right, each line embedded right to left (RLE … PDF: resvg
 * ignores the `direction` property and a leading RLM); lines are cut by line-wrap.ts.
 */
import { wrapLines } from "./line-wrap.ts";
import { fontsFor, type FontChoice } from "./share-fonts.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The colours of site.css (:root). */
const INK = "#1b1b1b";
const MUTED = "#595959";
const RULE = "#d0d0d0";
const ACCENT = "#8a1c1c";
const PAPER = "#fffdf8";

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const FOOT_RULE_Y = 548;
/** Headline sizes tried in turn, largest first, until the headline fits. */
const HEADLINE_SIZES = [66, 58, 50, 44];

export interface ShareCard {
  lang: string;
  dir: "ltr" | "rtl";
  /** Small line at the top: the site's title on an event's card. */
  kicker?: string;
  /** The event's date, in the accent colour. */
  label?: string;
  headline: string;
  /** Text under the headline: the site's description on a front page's card. */
  body?: string;
  /** The site's address, at the foot. */
  footer: string;
  /** Words not to cut at a line end (Thai names and loanwords). */
  keepTogether?: readonly string[];
}

export interface CardSvg {
  svg: string;
  fonts: FontChoice;
}

export function shareCardSvg(card: ShareCard): CardSvg {
  const fonts = fontsFor([card.kicker, card.label, card.headline, card.body, card.footer].join(" "), card.lang);
  const rtl = card.dir === "rtl";
  const tall = /[\p{Script=Thai}\p{Script=Arabic}]/u.test(card.headline + (card.body ?? "")) ? 1.5 : /\p{Script=Han}/u.test(card.headline) ? 1.35 : 1.2;
  const wrap = (text: string, fontSize: number, maxLines: number) =>
    wrapLines(text, { lang: card.lang, fontSize, maxWidth: TEXT_WIDTH, maxLines, ...(card.keepTogether ? { keepTogether: card.keepTogether } : {}) });
  const parts: string[] = [];
  const text = (lines: string[], top: number, size: number, lineHeight: number, attrs: string) => {
    lines.forEach((line, i) => {
      const baseline = Math.round(top + i * lineHeight + lineHeight / 2 + size * 0.36);
      parts.push(`<text x="${rtl ? CARD_WIDTH - MARGIN : MARGIN}" y="${baseline}" font-size="${size}" ${attrs}>${escapeXml(rtl ? `\u202b${line}\u202c` : line)}</text>`);
    });
    return top + lines.length * lineHeight;
  };

  let y = 40;
  if (card.kicker) y = text(wrap(card.kicker, 30, 1).lines, y, 30, 48, `fill="${MUTED}"`);
  if (card.label) y = text(wrap(card.label, 34, 1).lines, y + 8, 34, 52, `fill="${ACCENT}" font-weight="700"`);
  y += card.label || card.kicker ? 20 : 90;

  const bodySize = 32;
  const bodyLines = card.body ? wrap(card.body, bodySize, 3).lines : [];
  const bodyHeight = bodyLines.length ? 24 + bodyLines.length * bodySize * tall : 0;
  const room = FOOT_RULE_Y - 28 - y - bodyHeight;
  let headline = { lines: [card.headline], size: HEADLINE_SIZES.at(-1)! };
  for (const size of HEADLINE_SIZES) {
    const maxLines = Math.max(1, Math.floor(room / (size * tall)));
    const wrapped = wrap(card.headline, size, maxLines);
    headline = { lines: wrapped.lines, size };
    if (wrapped.fits) break;
  }
  if (!card.label && !card.kicker) {
    // A front page's title and description: centred above the foot rule.
    const block = headline.lines.length * headline.size * tall + bodyHeight;
    y = Math.max(40, Math.round((FOOT_RULE_Y - block) / 2));
  }
  y = text(headline.lines, y, headline.size, headline.size * tall, `fill="${INK}" font-weight="700"`);
  if (bodyLines.length) text(bodyLines, y + 24, bodySize, bodySize * tall, `fill="${MUTED}"`);

  parts.push(`<rect x="${MARGIN}" y="${FOOT_RULE_Y}" width="${TEXT_WIDTH}" height="2" fill="${RULE}"/>`);
  // The address is always left to right; it sits at the start of the line of the page's direction.
  parts.push(
    `<text x="${rtl ? CARD_WIDTH - MARGIN : MARGIN}" y="${FOOT_RULE_Y + 50}" font-size="26" fill="${MUTED}" direction="ltr"${rtl ? ' text-anchor="end"' : ""}>${escapeXml(card.footer)}</text>`,
  );

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${CARD_WIDTH}" height="12" fill="${ACCENT}"/>`,
    `<g font-family="${fonts.family}"${rtl ? ' direction="rtl" text-anchor="end"' : ""}>`,
    ...parts,
    "</g>",
    "</svg>",
  ].join("\n");
  return { svg, fonts };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
