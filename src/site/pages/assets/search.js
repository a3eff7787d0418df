// Search over /search-index.json (built by src/site/search/): the query is segmented
// into words the way the index was (Intl.Segmenter, emoji kept), each word matches as a prefix,
// and an event must match every word.
(async () => {
  const form = document.querySelector("form.search");
  const out = document.querySelector("#results");
  const status = document.querySelector("#search-status");
  const query = new URLSearchParams(location.search).get("q")?.trim();
  if (!form || !out || !status) return;
  form.q.value = query ?? "";
  if (!query) return;
  status.textContent = form.dataset.searching;
  const index = await (await fetch(form.dataset.index)).json();
  const terms = Object.keys(index.words);
  const lang = /\p{Script=Thai}/u.test(query) ? "th" : /\p{Script=Han}/u.test(query) ? "zh" : /\p{Script=Arabic}/u.test(query) ? "ar" : "en";
  // Emoji are words too; a skin tone or presentation selector is not needed to match.
  const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
  const words = [...new Intl.Segmenter(lang, { granularity: "word" }).segment(query.normalize("NFKC"))]
    .filter((s) => s.isWordLike || emoji.test(s.segment))
    .map((s) => s.segment.toLowerCase());
  let hits = null;
  for (const word of words) {
    const forms = [word, word.replace(/^(?:و|ف|ب|ل|ك)?(?:ال)?/u, ""), word.replace(/[\u{1F3FB}-\u{1F3FF}\u{FE0F}]/gu, "")].filter((w) => w.length > 0);
    const docs = new Set(terms.filter((t) => forms.some((f) => t.startsWith(f))).flatMap((t) => index.words[t]));
    hits = hits ? new Set([...hits].filter((d) => docs.has(d))) : docs;
  }
  const found = [...(hits ?? [])].sort((a, b) => a - b);
  out.replaceChildren(
    ...found.map((d) => {
      const [url, headline, label, headlineLang] = index.docs[d];
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = url;
      a.textContent = headline;
      if (headlineLang) Object.assign(a, { lang: headlineLang, dir: "auto" }); // untranslated: shown as written
      li.append(`${label}: `, a);
      return li;
    }),
  );
  const forms = JSON.parse(form.dataset.results);
  const phrase = forms[new Intl.PluralRules(document.documentElement.lang).select(found.length)] ?? forms.other;
  status.textContent = phrase.replace("{n}", found.length).replace("{q}", query);
})();
