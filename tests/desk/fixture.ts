/**
 * The desk's test data: the curate fixture (an English report with one published event) in a
 * temporary folder, with drafts, plus a Chinese and an Arabic wire story with dated sentences.
 * `makeDeskFixture` writes the documents and their sources directly and runs `extract` (fast);
 * `addFiles` brings them in with `datelines add`, as an editor does (its readers take seconds to load).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractDrafts } from "../../src/curate/extract-drafts.ts";
import type { Workspace } from "../../src/desk/workspace.ts";
import { ROOT } from "../support/fixture.ts";
import { makeCurateFixture, type CurateFixture } from "../curate/fixture.ts";
import { tempFolder } from "../support/temp.ts";

export const ZH_DOC = [
  "新华社万象4月2日电",
  "",
  "中国援助老挝的第二批抗疫医疗物资3月30日运抵万象瓦岱国际机场。老挝卫生部副部长在机场表示感谢。",
  "",
  "4月1日，中老两国专家举行视频会议，交流疫情防控经验。",
  "",
].join("\n");

export const AR_DOC = [
  "القاهرة في 2 أبريل 2020",
  "",
  "وصلت طائرة تحمل مساعدات طبية صينية إلى مطار القاهرة الدولي يوم 31 مارس 2020. وقالت وزارة الصحة المصرية إن الشحنة تضم كمامات وأجهزة تنفس.",
  "",
].join("\n");

export const NOW = "2026-12-01T10:00:00Z";

export interface DeskFixture extends CurateFixture {
  ws: Workspace;
}

/** The fixture with these documents (source id → text and language) and every source's drafts. */
export async function makeDeskFixture(documents: Record<string, { text: string; lang: string }> = {}): Promise<DeskFixture> {
  const fx = makeCurateFixture();
  const ws: Workspace = { root: ROOT, data: fx.data, now: () => NOW };
  const sources = JSON.parse(fx.read("sources.json"));
  for (const [id, { text, lang }] of Object.entries(documents)) {
    writeFileSync(join(fx.data, "documents", `${id}.txt`), text);
    sources.sources.push({ id, file: `${id}.txt`, title: `[${id}]`, lang, published: { basis: "unknown" } });
  }
  writeFileSync(join(fx.data, "sources.json"), `${JSON.stringify(sources, null, 2)}\n`);
  await extractDrafts({ root: ROOT, data: fx.data });
  return { ...fx, ws };
}

/** The curate fixture only, as a workspace (no drafts yet). */
export function makeBareFixture(): DeskFixture {
  const fx = makeCurateFixture();
  return { ...fx, ws: { root: ROOT, data: fx.data, now: () => NOW } };
}

/** `datelines add` of these files (name → text), from an inbox folder. */
export async function addFiles(ws: Workspace, documents: Record<string, string>, lang?: string): Promise<void> {
  const { addDocuments } = await import("../../src/curate/add.ts");
  const names = Object.keys(documents);
  if (!names.length) return;
  const inbox = tempFolder("desk-inbox");
  for (const [name, text] of Object.entries(documents)) writeFileSync(join(inbox, name), text);
  const results = await addDocuments({ root: ws.root, data: ws.data, paths: names.map((n) => join(inbox, n)), ...(lang ? { lang } : {}) });
  const failed = results.filter((r) => r.status !== "added");
  if (failed.length) throw new Error(`add failed: ${JSON.stringify(failed)}`);
}
