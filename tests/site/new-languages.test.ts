/**
 * A newsroom can publish in any language that has a pack: a small site in Spanish (main),
 * French and Russian, built from a copy of the fixture data with site.json's languages changed.
 * Every page exists in each language with its lang and dir, the chrome and methodology come
 * from the pack, and date labels, plurals and search words follow the language.
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { SearchManifest } from "../../src/site/search/search-files.ts";
import { buildSite } from "../support/build.ts";
import { readSearchWords } from "../support/search-files.ts";
import { makeFixture, ROOT, validEvent } from "../support/fixture.ts";

const arrival = validEvent({
  id: "2020-04-01-equipo-medico-llega-a-italia",
  date: { start: "2020-04-01", precision: "day" },
  headline: "Un equipo médico chino llega a Italia",
  summary: "Los expertos aterrizaron en Roma.",
  countries: ["IT", "CN"],
  translations: {
    fr: { headline: "Une équipe médicale chinoise arrive en Italie", summary: "Les experts ont atterri à Rome, au cœur de l'Italie." },
    ru: { headline: "Китайские медики прибыли в Италию", summary: "Специалисты приземлились в Риме, всё прошло спокойно." },
  },
});
const masks = validEvent({
  id: "2020-03-envio-de-mascarillas-a-laos",
  date: { start: "2020-03", precision: "month", qualifier: "late" },
  headline: "Envío de mascarillas a Laos",
  summary: "Un cargamento de mascarillas salió hacia Vientián.",
});

let site = "";
before(() => {
  const fixture = makeFixture([arrival, masks]);
  const sample = JSON.parse(readFileSync(join(ROOT, "_data/site.json"), "utf8")) as Record<string, unknown>;
  const languages = [
    { lang: "es", prefix: "", title: "Datelines: la cooperación de China frente a la COVID-19" },
    { lang: "fr", prefix: "/fr", title: "Datelines : la coopération de la Chine face au Covid-19" },
    { lang: "ru", prefix: "/ru", title: "Datelines: сотрудничество Китая в борьбе с COVID-19" },
  ];
  fixture.write("site.json", JSON.stringify({ ...sample, lang: "es", title: languages[0]!.title, languages }, null, 2));
  site = buildSite({ data: fixture.dir });
});
after(() => rmSync(site, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(site, path), "utf8");

const LANGUAGES = [
  { lang: "es", prefix: "", nav: "Cronología", methodology: "Cómo se elabora esta cronología", day: "1 de abril de 2020", late: "finales de marzo de 2020", month: "Marzo de 2020", count: "2 acontecimientos" },
  { lang: "fr", prefix: "fr/", nav: "Chronologie", methodology: "Comment cette chronologie est établie", day: "1er avril 2020", late: "fin mars 2020", month: "Mars 2020", count: "2 événements" },
  { lang: "ru", prefix: "ru/", nav: "Хронология", methodology: "Как составлена эта хронология", day: "1 апреля 2020 г.", late: "конец марта 2020 г.", month: "Март 2020 г.", count: "2 события" },
];

for (const l of LANGUAGES) {
  test(`${l.lang}: pages with lang and dir, the pack's chrome, methodology and plurals`, () => {
    for (const page of ["index.html", "methodology/index.html", "sources/index.html", `events/${arrival.id}/index.html`, "countries/it/index.html", "print/index.html"]) {
      assert.match(read(`${l.prefix}${page}`), new RegExp(`<html lang="${l.lang}" dir="ltr"`), `${l.prefix}${page}`);
    }
    const home = read(`${l.prefix}index.html`);
    assert.ok(home.includes(`>${l.nav}<`), `${l.lang}: the nav says ${l.nav}`);
    assert.ok(home.includes(l.count), `${l.lang}: "${l.count}" on the front page`);
    assert.match(read(`${l.prefix}methodology/index.html`), new RegExp(`<h1>${l.methodology}</h1>`));
  });

  test(`${l.lang}: date labels in the language (Intl month names, the pack's qualifier words)`, () => {
    // CLDR puts (narrow) no-break spaces in some dates (Russian "2020 г."): compared as plain spaces
    const home = read(`${l.prefix}index.html`).replace(/[\u00a0\u202f]/g, " ");
    for (const label of [l.day, l.late, l.month]) assert.ok(home.includes(label), `${l.lang}: "${label}" on the front page`);
    assert.ok(read(`${l.prefix}events/${arrival.id}/index.html`).replace(/[\u00a0\u202f]/g, " ").includes(l.day));
  });
}

test("a date ending in an abbreviation's full stop ends the sentence without a second one (ru \"2026 г.\")", () => {
  for (const page of ["index.html", `events/${arrival.id}/index.html`, "print/index.html"]) {
    const html = read(`ru/${page}`);
    assert.ok(html.includes("г."), page);
    assert.doesNotMatch(html, /г\.(?:<\/time>|<\/bdi>)?\./, `ru/${page} has "г.."`);
  }
});

test("translations show where given; the untranslated event says so in the page's language", () => {
  assert.match(read(`fr/events/${arrival.id}/index.html`), /<h1>Une équipe médicale chinoise arrive en Italie<\/h1>/);
  assert.match(read(`ru/events/${arrival.id}/index.html`), /<h1>Китайские медики прибыли в Италию<\/h1>/);
  assert.ok(read(`fr/events/${masks.id}/index.html`).includes("Pas encore traduit"));
  assert.ok(read(`ru/events/${masks.id}/index.html`).includes("Перевода пока нет"));
});

test("search finds words as typed without elision, accents or ё, and countries by their names in the site's languages", () => {
  const fr = readSearchWords(site, "/fr");
  assert.ok(fr["l'italie"] && fr.italie, "l'italie and italie are both indexed");
  assert.ok(fr["équipe"] && fr.equipe, "équipe and equipe");
  assert.ok(fr["италия"] && fr.italia, "Italy by its Russian and Spanish names");
  const es = readSearchWords(site);
  assert.ok(es["vientián"] && es.vientian, "vientián and vientian");
  const ru = readSearchWords(site, "/ru");
  const manifest = JSON.parse(read("fr/search/manifest.json")) as SearchManifest;
  assert.ok(manifest.forms.some((f) => f.script === "Latn" && f.wordPrefix?.includes("qu")), "queries get French elision, for Latin words");
  assert.ok(manifest.forms.some((f) => f.script === "Cyrl" && f.fold?.[0]?.[0] === "\\u0308"), "queries get Russian ё, for Cyrillic words");
  assert.ok(ru["всё"] && ru["все"], "всё and все");
  assert.ok(ru["китайские"] && !ru["китаиские"], "й is not folded to и");
});
