/**
 * Run by long-document.test.ts in its own process (with a small heap): proposes drafts
 * for a ~1 MB synthetic Thai and Chinese document and prints, as JSON, how long that took,
 * how much the heap grew and what came out. Not a test file itself.
 */
import { extractDates, pickLocale } from "../../../src/extract/index.ts";
import { proposeDrafts } from "../../../src/extract/drafts/propose.ts";

const TARGET_BYTES = 1_000_000;

/** Deterministic news-like copy: Thai paragraphs (phrases between spaces, no full stops) and Chinese ones. */
function syntheticDocument(): string {
  const thMonths = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน"];
  const zhPlaces = ["老挝首都万象", "柬埔寨金边", "伊拉克巴格达", "塞尔维亚贝尔格莱德"];
  const thPlaces = ["กรุงเทพมหานคร", "ประเทศลาว", "กัมพูชา", "อิตาลี"];
  const thai = (i: number) =>
    `วันที่ ${(i % 28) + 1} ${thMonths[i % 4]} 2563 คณะผู้เชี่ยวชาญทางการแพทย์ของจีนเดินทางถึง${thPlaces[i % 4]} ` +
    `เพื่อช่วยเหลือการป้องกันและควบคุมการแพร่ระบาดของโรคโควิด-19 พร้อมด้วยเวชภัณฑ์จำนวน ${100 + i} ชุด ` +
    `เมื่อวานนี้ กระทรวงสาธารณสุขได้แถลงข่าวเกี่ยวกับความร่วมมือระหว่างประเทศ (International Cooperation) อย่างต่อเนื่อง `;
  const chinese = (i: number) =>
    `${(i % 4) + 1}月${(i % 28) + 1}日，中国抗疫医疗专家组抵达${zhPlaces[i % 4]}。专家组携带了中方捐赠的${200 + i}套医疗物资。` +
    `日前，双方在视频会议上交流了防控经验，截至目前已有${10 + (i % 80)}个国家参加。`;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    // Every tenth block is one very long Thai line (no line break for ~60 KB), as PDFs and scraped pages give.
    const block = i % 10 === 9 ? Array.from({ length: 80 }, (_, k) => thai(i + k)).join("") : `${thai(i)}\n\n${chinese(i)}\n\n`;
    parts.push(block);
    bytes += Buffer.byteLength(block);
  }
  return parts.join("\n");
}

const text = syntheticDocument();
const started = performance.now();
const heapBefore = process.memoryUsage().heapUsed;
const { mentions } = extractDates(text, await pickLocale(text, "th"), { published: "2020-04-30" });
const { drafts } = proposeDrafts({ source: { id: "long", lang: "th" }, text, mentions, reference: "published", curated: [] });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    mentions: mentions.length,
    drafts: drafts.length,
    withCountries: drafts.filter((d) => d.countries.length > 0).length,
    longestEvidence: Math.max(...drafts.map((d) => d.evidence.end - d.evidence.start)),
    seconds,
    // Still held once the drafts exist (segments, boundaries and windows must not be).
    heapGrowthMB: (process.memoryUsage().heapUsed - heapBefore) / 1e6,
    // The process's peak resident memory, whatever the garbage collector did meanwhile.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
