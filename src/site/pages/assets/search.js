// Search over the index src/site/search/ cuts into small files: a manifest, the sorted words in
// ranges (search-files.ts), and the events' records a fixed number a file. The query is cut into
// words the way the index was (search/tokens.ts: Intl.Segmenter, NFKC, lower case, emoji kept,
// second forms by the packs' rules, which the manifest carries); each word matches as a prefix,
// an event must match every word, and only the files holding the query's words and the records
// of the results shown are fetched.
(async () => {
  const PAGE = 20;
  const form = document.querySelector("form.search");
  const out = document.querySelector("#results");
  const status = document.querySelector("#search-status");
  const more = document.querySelector("#more-results");
  const query = new URLSearchParams(location.search).get("q")?.trim();
  if (!form || !out || !status) return;
  form.q.value = query ?? "";
  if (!query) return;
  status.textContent = form.dataset.searching;
  const load = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };
  const manifest = await load(form.dataset.manifest);
  const fileUrl = (template, n) => template.replace("{n}", String(n));

  // The query's words, each with its second forms (as tokens.ts makes them for the index).
  const lang = /\p{Script=Thai}/u.test(query) ? "th" : /\p{Script=Han}/u.test(query) ? "zh" : /\p{Script=Arabic}/u.test(query) ? "ar" : "en";
  const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
  const rules = manifest.forms.map((r) => ({
    script: new RegExp(`\\p{Script=${r.script}}`, "u"),
    prefix: r.wordPrefix ? new RegExp(r.wordPrefix, "u") : undefined,
    fold: (r.fold ?? []).map(([pattern, replacement]) => [new RegExp(pattern, "gu"), replacement]),
  }));
  const folded = (word, fold) => (fold.length ? fold.reduce((w, [p, r]) => w.replace(p, r), word.normalize("NFD")).normalize("NFC") : word);
  const formsOf = (word) => {
    const forms = new Set([word]);
    for (const { script, prefix, fold } of rules) {
      if (!script.test(word)) continue; // a language's rules apply to words in its script
      const bare = prefix ? word.replace(prefix, "") : word;
      for (const form of [bare, folded(word, fold), folded(bare, fold)]) if (form.length > 1) forms.add(form);
    }
    const plain = word.replace(/[\u{1F3FB}-\u{1F3FF}\u{FE0F}]/gu, ""); // a skin tone or presentation selector is not needed to match
    if (plain) forms.add(plain);
    return [...forms];
  };
  const words = [...new Intl.Segmenter(lang, { granularity: "word" }).segment(query.normalize("NFKC"))]
    .filter((s) => s.isWordLike || emoji.test(s.segment))
    .map((s) => formsOf(s.segment.toLowerCase()));

  // The words files a form's words are in: from the file its first word would be in to the file of its last.
  const fileOf = (word) => {
    let [lo, hi] = [0, manifest.wordFiles.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (manifest.wordFiles[mid] <= word) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const filesOf = (form) => Array.from({ length: fileOf(`${form}\uffff`) - fileOf(form) + 1 }, (_, i) => fileOf(form) + i);
  const wanted = [...new Set(words.flat().flatMap(filesOf))];
  const loaded = new Map(await Promise.all(wanted.map(async (n) => [n, await load(fileUrl(manifest.words, n))])));

  // A doc list (postings.ts): a bitmap after "*", else gaps in base64 VLQ digits.
  const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const docsOf = (encoded) => {
    const docs = [];
    if (encoded.startsWith("*")) {
      const bits = atob(encoded.slice(1));
      for (let i = 0; i < bits.length * 8; i++) if (bits.charCodeAt(i >> 3) & (1 << (i & 7))) docs.push(i);
      return docs;
    }
    let [last, gap, shift] = [-1, 0, 0];
    for (const c of encoded) {
      const digit = DIGITS.indexOf(c);
      gap += (digit & 31) * 2 ** shift;
      shift += 5;
      if (digit & 32) continue;
      last += gap + 1;
      docs.push(last);
      [gap, shift] = [0, 0];
    }
    return docs;
  };
  let hits = null;
  for (const forms of words) {
    const docs = new Set();
    for (const form of forms) {
      for (const n of filesOf(form)) {
        for (const [word, list] of Object.entries(loaded.get(n))) if (word.startsWith(form)) for (const d of docsOf(list)) docs.add(d);
      }
    }
    hits = hits ? new Set([...hits].filter((d) => docs.has(d))) : docs;
  }
  const found = [...(hits ?? [])].sort((a, b) => a - b);

  // The records of the results shown, a page at a time.
  const records = new Map();
  const recordOf = async (d) => {
    const n = Math.floor(d / manifest.docsPerFile);
    if (!records.has(n)) records.set(n, load(fileUrl(manifest.docFiles, n)));
    return (await records.get(n))[d % manifest.docsPerFile];
  };
  const show = async (from) => {
    const items = await Promise.all(
      found.slice(from, from + PAGE).map(async (d) => {
        const [url, headline, label, headlineLang] = await recordOf(d);
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = url;
        a.textContent = headline;
        if (headlineLang) Object.assign(a, { lang: headlineLang, dir: "auto" }); // untranslated: shown as written
        li.append(`${label}: `, a);
        return li;
      }),
    );
    out.append(...items);
    if (more) more.hidden = from + PAGE >= found.length;
    return items;
  };
  out.replaceChildren();
  await show(0);
  let busy = false;
  more?.querySelector("button")?.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    const items = await show(out.children.length).finally(() => (busy = false));
    items[0]?.querySelector("a")?.focus(); // the first of the results just added
  });
  const phrases = JSON.parse(form.dataset.results);
  const phrase = phrases[new Intl.PluralRules(document.documentElement.lang).select(found.length)] ?? phrases.other;
  status.textContent = phrase.replace("{n}", found.length).replace("{q}", query);
})();
