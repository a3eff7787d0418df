/**
 * The calendars (/events.ics and one beside every country, tag, group and source page): valid
 * RFC 5545 read by an independent parser (ical.js, Mozilla's, as Thunderbird uses), holding
 * exactly the events whose day the sources state, as all-day events, with stable UIDs and
 * timestamps from the data.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import ICAL from "ical.js";
import { SITE } from "../support/build.ts";
import { readEventsExport } from "../support/events-export.ts";
import { ROOT } from "../support/fixture.ts";

interface Exported {
  id: string;
  url: string;
  headline: string;
  date: { start: string; end?: string; precision: string; qualifier?: string };
  countries: string[];
  updated: string;
  added: string;
  citations: { source: string }[];
}
const read = (file: string) => readFileSync(join(SITE, file), "utf8");
const site = JSON.parse(readFileSync(join(ROOT, "_data", "site.json"), "utf8")) as { url: string };
const host = new URL(site.url).host;
const { events, sources } = readEventsExport<Exported, { id: string; title: string }>(SITE);
const onCalendar = (e: Exported) => e.date.precision === "day" && !e.date.qualifier;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function calendar(file: string) {
  const text = read(file);
  const component = new ICAL.Component(ICAL.parse(text));
  return { text, component, events: component.getAllSubcomponents("vevent").map((v) => ({ v, e: new ICAL.Event(v) })) };
}

test("the sample has events a calendar must leave out (month or year only, qualified), so the checks below can fail", () => {
  assert.ok(events.some((e) => !onCalendar(e)) && events.some(onCalendar) && events.some((e) => onCalendar(e) && e.date.end));
});

describe("/events.ics", () => {
  const { component, events: entries } = calendar("events.ics");

  test("is a VCALENDAR 2.0 named for the site, with one all-day VEVENT per event whose day is stated", () => {
    assert.equal(component.name, "vcalendar");
    assert.equal(component.getFirstPropertyValue("version"), "2.0");
    assert.ok(String(component.getFirstPropertyValue("prodid")).includes("Datelines"));
    assert.deepEqual(entries.map(({ e }) => e.uid).sort(), events.filter(onCalendar).map((e) => `${e.id}@${host}`).sort());
  });

  test("each entry: the event's day or days (DTEND the day after a range), headline, permalink, sources, and its own timestamps", () => {
    for (const { v, e } of entries) {
      const event = events.find((x) => `${x.id}@${host}` === e.uid)!;
      assert.ok(e.startDate.isDate, `${e.uid}: not all-day`);
      assert.equal(e.startDate.toString(), event.date.start, e.uid);
      // ical.js gives an all-day event without DTEND the day after its start, as RFC 5545 says.
      assert.equal(e.endDate.toString(), nextDay(event.date.end ?? event.date.start), e.uid);
      assert.equal(e.summary, event.headline);
      assert.equal(String(v.getFirstPropertyValue("url")), event.url);
      assert.ok(e.description.includes(event.url), `${e.uid}: no permalink in the description`);
      for (const c of event.citations) assert.ok(e.description.includes(sources.find((s) => s.id === c.source)!.title), `${e.uid}: source ${c.source} not named`);
      // Stamped with the data's time, not the build's: a rebuild changes nothing.
      assert.equal((v.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString(), new Date(event.updated).toISOString());
      assert.equal((v.getFirstPropertyValue("last-modified") as ICAL.Time).toJSDate().toISOString(), new Date(event.updated).toISOString());
      assert.equal((v.getFirstPropertyValue("created") as ICAL.Time).toJSDate().toISOString(), new Date(event.added).toISOString());
    }
  });
});

test("every calendar keeps RFC 5545's form: CRLF line ends, lines of at most 75 octets, escaped text", () => {
  const files = readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ics"));
  assert.ok(files.length > 100, `${files.length} calendars`);
  for (const file of files) {
    const text = read(file);
    assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR"), `${file}: begins or ends wrongly`);
    assert.ok(!/[^\r]\n/.test(text), `${file}: a bare LF`);
    const long = text.split("\r\n").filter((line) => Buffer.byteLength(line, "utf8") > 75);
    assert.deepEqual(long.slice(0, 3), [], `${file}: lines over 75 octets`);
    new ICAL.Component(ICAL.parse(text)); // throws on anything it cannot read
  }
});

test("a country's calendar in Arabic and in Thai: its events only, the same UIDs as the whole timeline's, text in the page's language", () => {
  // Not China, which is in nearly every event: a country with some events on the calendar and some off it.
  const country = ["FR", "IT", "JP", "ES"].find((c) => events.some((e) => onCalendar(e) && e.countries.includes(c)) && events.some((e) => !onCalendar(e) && e.countries.includes(c)))!;
  assert.ok(country, "no such country in the sample");
  const expected = events.filter((e) => onCalendar(e) && e.countries.includes(country)).map((e) => `${e.id}@${host}`).sort();
  for (const lang of ["ar", "th"]) {
    const { component, events: entries } = calendar(`${lang}/countries/${country.toLowerCase()}/events.ics`);
    assert.deepEqual(entries.map(({ e }) => e.uid).sort(), expected, lang);
    const name = String(component.getFirstPropertyValue("x-wr-calname"));
    assert.match(name, lang === "ar" ? /\p{Script=Arabic}/u : /\p{Script=Thai}/u, `${lang}: calendar name "${name}"`);
    for (const { e } of entries) assert.ok(e.description.includes(`${site.url}/${lang}/events/`), `${lang}: ${e.uid} links another language's page`);
  }
});
