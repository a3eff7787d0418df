/**
 * Editing an event in the desk: form ↔ event, saves checked by the build's validation, minimal
 * edits, conflicts with changes made on disk, publishing refused while a placeholder remains,
 * and the preview through the site's own template.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { describe, test } from "node:test";
import { EVENT_KEYS, eventFromForm, formFromEvent, formFromParams, normalized, type EventForm } from "../../src/desk/event-form.ts";
import { MEDIA_KEYS } from "../../src/desk/media-form.ts";
import { Event, MediaItem } from "../../src/schema/index.ts";
import { findStoredEvent } from "../../src/desk/events-store.ts";
import { renderEventPreview } from "../../src/desk/preview.ts";
import { formDateWords } from "../../src/desk/pages/event-sections.ts";
import { saveEvent } from "../../src/desk/save-event.ts";
import { loadDataset } from "../../src/validate/index.ts";
import { CITED, REPORT } from "../curate/fixture.ts";
import { ROOT } from "../support/fixture.ts";
import { makeBareFixture, NOW, type DeskFixture } from "./fixture.ts";

const ID = "2020-03-29-chinese-experts-sent-to-laos";
const LANGS = ["zh-Hans", "ar", "th"];

async function opened(fx: DeskFixture): Promise<{ form: EventForm; base: string }> {
  const stored = (await findStoredEvent(fx.data, ID))!;
  return { form: normalized(formFromEvent(stored.value, LANGS)), base: stored.hash };
}

const save = (fx: DeskFixture, base: string, form: EventForm) => saveEvent(fx.ws, { was: ID, base, form });

describe("desk: editing an event", () => {
  test("the desk knows every field of the event model, in the schema's order (a new field fails here until the desk handles it)", () => {
    assert.deepEqual(Object.keys(Event.shape), EVENT_KEYS);
    assert.deepEqual(Object.keys(MediaItem.shape), MEDIA_KEYS);
  });

  test("form → event gives the event back unchanged; saving it unchanged leaves the file byte for byte", async () => {
    const fx = makeBareFixture();
    const stored = (await findStoredEvent(fx.data, ID))!;
    const { event } = eventFromForm(normalized(formFromEvent(stored.value, LANGS)), stored.value, { documents: new Map([["report", { text: REPORT, lang: "en" }]]), now: NOW });
    assert.deepEqual(event, stored.value);
    const before = fx.read("events/2020-03.json");
    const { form, base } = await opened(fx);
    assert.deepEqual(await save(fx, base, form), { kind: "saved", id: ID, file: "2020-03.json", changed: false });
    assert.equal(fx.read("events/2020-03.json"), before);
  });

  test("the posted form is read as the edit page names its fields; country names become codes", () => {
    const params = new URLSearchParams([
      ["id", ID], ["status", "draft"], ["date.start", "2020-03"], ["date.precision", "month"], ["date.qualifier", "late"], ["date.end", ""],
      ["headline", " Experts arrive "], ["summary", "S"], ["translations.zh-Hans.headline", "专家抵达"], ["translations.ar.headline", ""],
      ["citations.0.source", "report"], ["citations.0.quote", CITED], ["citations.0.start", ""], ["citations.0.end", ""],
      ["citations.1.source", ""], ["citations.1.quote", ""], ["countries", "Laos"], ["countries", "cn"], ["countries", ""], ["tags", "Medical team"], ["places", "Vientiane\r\n\r\n"],
    ]);
    const form = normalized(formFromParams(params, LANGS));
    assert.equal(form.citations.length, 1, "the blank new-citation row is dropped");
    const { event, notes } = eventFromForm(form, {}, { documents: new Map([["report", { text: REPORT, lang: "en" }]]), now: NOW });
    assert.deepEqual(notes, []);
    assert.deepEqual(event.date, { start: "2020-03", precision: "month", qualifier: "late" });
    assert.equal(event.headline, "Experts arrive");
    assert.deepEqual(event.translations, { "zh-Hans": { headline: "专家抵达" } });
    assert.deepEqual(event.countries, ["LA", "CN"]);
    assert.deepEqual(event.tags, ["medical-team"]);
    assert.deepEqual(event.places, ["Vientiane"]);
    const start = [...REPORT.slice(0, REPORT.indexOf(CITED))].length;
    assert.deepEqual(event.citations, [{ source: "report", quote: CITED, lang: "en", start, end: start + [...CITED].length }], "offsets found from the quote, never typed");
  });

  test("a country the desk does not know is named at its box, with the fix for a code ISO 3166-1 gives another", () => {
    const form = { ...normalized(formFromParams(new URLSearchParams([["countries", "Laos"], ["countries", "uk"], ["countries", "Atlantis"]]), LANGS)) };
    const { notes } = eventFromForm(form, {}, { documents: new Map(), now: NOW });
    const countries = notes.filter((n) => n.field.startsWith("countries"));
    assert.deepEqual(countries.map((n) => n.field), ["countries.1", "countries.2"]);
    assert.match(countries[0]!.message, /"uk" is not a country name or ISO code the desk knows; the United Kingdom is GB/);
    assert.match(countries[1]!.message, /"Atlantis" .*use a two-letter code such as LA, or the country's English name/);
  });

  test("a save is a minimal edit: the headline line and `updated` change, nothing else", async () => {
    const fx = makeBareFixture();
    const before = fx.read("events/2020-03.json");
    const { form, base } = await opened(fx);
    const outcome = await save(fx, base, { ...form, headline: "China sends a medical team to Laos" });
    assert.equal(outcome.kind, "saved");
    const changed = fx.read("events/2020-03.json").split("\n").filter((line, i) => line !== before.split("\n")[i]);
    assert.deepEqual(changed, ['      "headline": "China sends a medical team to Laos",', `      "updated": "${NOW}"`]);
  });

  test("a save with problems is refused with each problem at its field, and the file is left as it was", async () => {
    const fx = makeBareFixture();
    const before = fx.read("events/2020-03.json");
    const { form, base } = await opened(fx);
    const bad: EventForm = { ...form, date: { ...form.date, start: "2020-02-30" }, citations: [{ ...form.citations[0]!, quote: "China sent a team of doctors" }], countries: ["CN", "XX"] };
    const outcome = await save(fx, base, bad);
    assert.equal(outcome.kind, "refused");
    const fields = outcome.kind === "refused" ? outcome.problems.map((p) => p.field) : [];
    assert.ok(fields.includes("date.start"), fields.join());
    assert.ok(fields.includes("citations.0.quote"), fields.join());
    assert.ok(fields.some((f) => f.startsWith("countries")), fields.join());
    assert.equal(fx.read("events/2020-03.json"), before);
  });

  test("a date not on the calendar never reads as the day it would roll over to", () => {
    const date = { start: "2022-04-31", precision: "day", end: "", qualifier: "" } as EventForm["date"];
    assert.doesNotMatch(formDateWords(date), /May/);
    assert.match(formDateWords(date), /not a date on the calendar/);
    assert.equal(formDateWords({ ...date, start: "2022-04-30" }), "30 April 2022");
  });

  test("changed on disk since the form was opened: not saved, the version on disk is returned; saving again on it overwrites", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    writeFileSync(fx.eventsFile, fx.read("events/2020-03.json").replace("China sends medical experts to Laos", "Their headline"));
    const outcome = await save(fx, base, { ...form, summary: "My summary." });
    assert.equal(outcome.kind, "conflict");
    assert.match(fx.read("events/2020-03.json"), /Their headline/);
    if (outcome.kind !== "conflict") return;
    assert.equal(outcome.disk.headline, "Their headline");
    assert.equal((await save(fx, outcome.hash, { ...form, summary: "My summary." })).kind, "saved");
    assert.match(fx.read("events/2020-03.json"), /My summary\./);
  });

  test("another event in the same file changed meanwhile: no conflict, and both changes are kept", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    const file = JSON.parse(fx.read("events/2020-03.json"));
    file.events.push({ ...file.events[0], id: "2020-03-29-someone-elses-event", headline: "Someone else's event" });
    writeFileSync(fx.eventsFile, `${JSON.stringify(file, null, 2)}\n`);
    assert.equal((await save(fx, base, { ...form, summary: "Mine." })).kind, "saved");
    const after = JSON.parse(fx.read("events/2020-03.json"));
    assert.deepEqual(after.events.map((e: { id: string }) => e.id), [ID, "2020-03-29-someone-elses-event"]);
    assert.equal(after.events[0].summary, "Mine.");
  });

  test("publish is refused while a placeholder remains; with it written, the event publishes and validates", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    const refused = await save(fx, base, { ...form, status: "published", summary: "TODO: summary" });
    assert.equal(refused.kind, "refused");
    assert.deepEqual(refused.kind === "refused" && refused.problems.map((p) => p.field), ["summary"]);
    const done = await save(fx, base, { ...form, status: "published", translations: [{ lang: "zh-Hans", headline: "中国向老挝派遣医疗专家", summary: "" }, ...form.translations.slice(1)] });
    assert.equal(done.kind, "saved");
    assert.ok((await loadDataset({ root: ROOT, data: fx.data })).ok);
  });

  test("an id can change until the event is published, never to one in use; a published event keeps its permalink", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    const published = await save(fx, base, { ...form, id: "2020-03-29-another-id" });
    assert.deepEqual(published.kind === "refused" && published.problems.map((p) => p.field), ["id"]);
    await save(fx, base, { ...form, status: "draft" });
    const draft = await opened(fx);
    const renamed = await save(fx, draft.base, { ...draft.form, id: "2020-03-29-laos-team" });
    assert.deepEqual(renamed.kind === "saved" && renamed.id, "2020-03-29-laos-team");
    assert.equal(JSON.parse(fx.read("events/2020-03.json")).events[0].id, "2020-03-29-laos-team");
  });

  test("media: a picture without alt text or credit is refused at publishing, its fields named; the item's other fields are kept", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    const picture = { index: "", src: "https://example.org/team.jpg", alt: "", decorative: false, caption: "The team at the airport", credit: "", remove: false };
    const refused = await save(fx, base, { ...form, status: "published", media: [picture] });
    assert.equal(refused.kind, "refused");
    assert.deepEqual(refused.kind === "refused" && refused.problems.map((p) => p.field).sort(), ["media.0.alt", "media.0.credit"]);
    assert.equal((await save(fx, base, { ...form, status: "draft", media: [picture] })).kind, "saved");
    const file = JSON.parse(fx.read("events/2020-03.json"));
    file.events[0].media[0].kind = "image"; // set by hand: the form does not show it
    writeFileSync(fx.eventsFile, `${JSON.stringify(file, null, 2)}\n`);
    const again = await opened(fx);
    const done = await save(fx, again.base, { ...again.form, status: "published", media: [{ ...again.form.media[0]!, alt: "Medical experts on the steps of a plane", credit: "Xinhua" }] });
    assert.equal(done.kind, "saved");
    assert.deepEqual(JSON.parse(fx.read("events/2020-03.json")).events[0].media, [
      { src: "https://example.org/team.jpg", kind: "image", alt: "Medical experts on the steps of a plane", caption: "The team at the airport", credit: "Xinhua" },
    ]);
  });

  test("the preview is the site's event page, in every language, with the translated headline", async () => {
    const fx = makeBareFixture();
    const { form, base } = await opened(fx);
    await save(fx, base, { ...form, status: "draft", translations: [{ lang: "zh-Hans", headline: "中国向老挝派遣医疗专家", summary: "" }, ...form.translations.slice(1)] });
    const preview = await renderEventPreview(fx.ws, ID);
    assert.ok(preview.ok);
    if (!preview.ok) return;
    assert.deepEqual(preview.pages.map((p) => p.lang), ["en", "zh-Hans", "ar", "th"]);
    const zh = preview.pages.find((p) => p.lang === "zh-Hans")!.html;
    assert.match(zh, /<html lang="zh-Hans"/);
    assert.match(zh, /<h1>中国向老挝派遣医疗专家<\/h1>/);
    assert.match(preview.pages[0]!.html, /<blockquote lang="en" dir="ltr"><p>China sent a team of medical experts to Laos on March 29, 2020\.<\/p><\/blockquote>/);
    assert.match(preview.pages.find((p) => p.lang === "ar")!.html, /<html lang="ar" dir="rtl"/);
  });
});
