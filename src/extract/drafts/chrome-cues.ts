/**
 * Signs that a line is page chrome — a byline timestamp, a share bar, a view counter —
 * rather than the copy of an article. Each kind is one pattern holding the words of every
 * language Datelines reads (English, Chinese, Arabic, Thai, Spanish, French, Russian); all are tried on every text,
 * so nothing branches on a language. A new language adds its words here.
 *
 * These are cues, not verdicts: a line of prose can hold a clock time ("at 10:30 a.m.").
 * The confidence model weighs how many kinds a line shows (confidence-features.ts).
 */

export const CHROME_CUES = {
  /** "3 minutes ago", "just now", 5分钟前, 刚刚, منذ 7 دقائق, قبل 3 ساعات, 3 นาทีที่แล้ว, เมื่อสักครู่, hace 5 minutos, il y a 2 h, 3 часа назад. Minutes and hours only: "3 days ago" can be a date. */
  relativeTime: new RegExp(
    [
      String.raw`\b(?:\d+|an?|one|few)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?)\s+ago\b`,
      String.raw`\bjust now\b`,
      String.raw`\d+\s*(?:秒|分钟|分鐘|小时|小時)前`,
      "刚刚|剛剛",
      String.raw`(?:منذ|قبل)\s+(?:\S+\s+)?(?:ثوان|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين)`,
      String.raw`\d+\s*(?:วินาที|นาที|ชั่วโมง)(?:ที่แล้ว|ที่ผ่านมา)`,
      "เมื่อสักครู่",
      String.raw`\bhace\s+(?:\d+|un|una|unos)\s*(?:segundos?|minutos?|min|horas?|h)\b|\bhace un momento\b`,
      String.raw`\bil y a\s+(?:\d+|une?|quelques)\s*(?:secondes?|minutes?|min|heures?|h)\b|à l['’]instant`,
      String.raw`\d+\s*(?:секунд\p{L}*|минут\p{L}*|час\p{L}*)\s+назад|только что`,
    ].join("|"),
    "iu",
  ),
  /** A clock time: 10:27 PM, 14:05 น., ١١:٤٥ م, 09:47:12. */
  clockTime: /(?<![\d:])[0-9\u0660-\u0669\u0E50-\u0E59]{1,2}[:：][0-9\u0660-\u0669\u0E50-\u0E59]{2}(?![\d\u0660-\u0669])/u,
  /** Items of a bar or a byline set apart, or a list bullet: |, ·, ・, •, 【打印】. */
  separator: /\s[|·・•]\s|\s\|$|^\|\s|^\s*[·・•▪]\s|[【】]/mu,
  /** Counters and share bars: 1,204 views, Share on Facebook, Tweet, 阅读：10万+, 分享到, 按讚, عدد المشاهدات, شارك عبر, เข้าชม 24,518 ครั้ง, แชร์. */
  social: new RegExp(
    [
      String.raw`\d[\d,.]*\s*[KkMm]?\+?\s+(?:views?|reads?|shares?|comments?|likes?)\b`,
      String.raw`\b(?:views?|reads?|shares?|comments?|likes?)\s*[:：(]\s*\d`,
      String.raw`\b(?:share on|share this|tweet|whatsapp|facebook|twitter|linkedin|min read)\b`,
      String.raw`^\s*(?:share|print|email)\b`,
      String.raw`(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d|分享到|分享至|^\s*分享|按讚|轉寄|转发|[赞讚]\(\d|网友评论|读者留言|讀者留言`,
      String.raw`المشاهدات|القراءات|قراءة\s*[:：]\s*[\d\u0660-\u0669]|شارك عبر|^\s*مشاركة|التعليقات|\d+\s*تعليقات|فيسبوك|تويتر|واتساب|لينكدإن`,
      String.raw`เข้าชม|แชร์|ทวีต|ไลน์|อ่าน\s*[\d๐-๙][\d๐-๙,]*\s*ครั้ง`,
      String.raw`\d[\d.,\s]*\s+(?:visitas|lecturas|vues|lectures|partages|просмотр\p{L}*)|(?:visitas|lecturas|vues|lectures|просмотр\p{L}*)\s*[:：]\s*\d`,
      String.raw`compartir en|partager sur|поделиться|^\s*(?:imprimir|imprimer|compartir|partager|печать)(?![\p{L}])`,
    ].join("|"),
    "imu",
  ),
  /** A byline or page-date label: By …, Posted, Updated, 发布时间, 来源, 作者, تاريخ النشر, آخر تحديث, بقلم, โพสต์, อัปเดต. */
  label: new RegExp(
    [
      String.raw`^\s*By\s+\p{Lu}`,
      String.raw`\b(?:Posted|Updated|Published|Last [Uu]pdated|Reporting by|Editing by)\b|\b(?:posted|updated|published)\s*[:：]`,
      "发布时间|發佈時間|更新时间|更新時間|来源[:：]|來源[:：]|作者[:：]|责任编辑|責任編輯",
      "تاريخ النشر|آخر تحديث|نشر في|نُشر في|بقلم",
      "โพสต์|อัปเดต|อัพเดท",
      String.raw`^\s*(?:Por|Par)\s+\p{Lu}|(?:Actualizado|Publicado|Mis à jour|Mise à jour|Publié le|Обновлено|Опубликовано)(?![\p{L}])|Автор\s*:`,
    ].join("|"),
    "mu",
  ),
  /** Links to other pages: Related:, Read more, Most read, 上一篇, 相关新闻, اقرأ أيضا, أخبار ذات صلة, ข่าวที่เกี่ยวข้อง. */
  navigation: new RegExp(
    [
      String.raw`\b(?:Related|Read more|Read also|See also|Most read|Most popular|More on this|Up next)\b`,
      "上一篇|下一篇|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|热门|熱門|其他新聞|即時新聞",
      "اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|الأكثر قراءة|اقرأ المزيد",
      "ข่าวที่เกี่ยวข้อง|ข่าวที่น่าสนใจ|อ่านเพิ่มเติม|ข่าวล่าสุด|ข่าวยอดนิยม",
      "Lea también|Leer más|Noticias relacionadas|Lo más leído|Lire aussi|À lire aussi|Voir aussi|Les plus lus|Читайте также|Читать далее|Самое читаемое|Похожие новости",
    ].join("|"),
    "u",
  ),
} as const;

export type ChromeCue = keyof typeof CHROME_CUES;

/** The kinds of chrome cue in a line (the mention itself already cut out of it). */
export function chromeCues(line: string): ChromeCue[] {
  return (Object.keys(CHROME_CUES) as ChromeCue[]).filter((cue) => CHROME_CUES[cue].test(line));
}
