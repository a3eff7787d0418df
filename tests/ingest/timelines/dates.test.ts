/** Row date parts → event dates: precision from the parts present, ranges, and every bad date named by column. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eraDates, rowDate } from "../../../src/ingest/timelines/dates.ts";
import type { DateFields } from "../../../src/ingest/timelines/row.ts";

const sheet = (year?: string, month?: string, day?: string, time?: string, end = false): DateFields => {
  const n = end ? "End " : "";
  const f = (column: string, value?: string) => (value ? { column, value } : undefined);
  return { year: f(`${n}Year`, year), month: f(`${n}Month`, month), day: f(`${n}Day`, day), time: f(`${n}Time`, time) };
};
const end = (year?: string, month?: string, day?: string, time?: string) => sheet(year, month, day, time, true);

describe("rowDate", () => {
  test("precision from the parts present", () => {
    assert.deepEqual(rowDate(sheet("2020"), {}).date, { start: "2020", precision: "year" });
    assert.deepEqual(rowDate(sheet("2020", "3"), {}).date, { start: "2020-03", precision: "month" });
    assert.deepEqual(rowDate(sheet("2020", "03", "7"), {}).date, { start: "2020-03-07", precision: "day" });
    assert.deepEqual(rowDate(sheet("1,931"), {}).date, { start: "1931", precision: "year" }, "TimelineJS drops thousands separators");
    assert.deepEqual(rowDate(sheet("476"), {}).date, { start: "0476", precision: "year" });
    assert.deepEqual(rowDate(sheet("2020", "3"), {}).mapped, ["date 2020-03 (month precision: no Day)"]);
  });

  test("ranges; mixed precision uses the coarser and says what was dropped; an end equal to the start is no range", () => {
    assert.deepEqual(rowDate(sheet("2020", "3", "27"), end("2020", "3", "28")).date, { start: "2020-03-27", end: "2020-03-28", precision: "day" });
    const mixed = rowDate(sheet("2022", "9", "15"), end("2022", "10"));
    assert.deepEqual(mixed.date, { start: "2022-09", end: "2022-10", precision: "month" });
    assert.match(mixed.mapped.join("\n"), /Day "15" dropped: the end is only known to the month/);
    const startCoarse = rowDate(sheet("2020"), end("2021", "2", "3"));
    assert.deepEqual(startCoarse.date, { start: "2020", end: "2021", precision: "year" });
    assert.match(startCoarse.mapped.join("\n"), /End Month "2", End Day "3" dropped: the start is only known to the year/);
    const same = rowDate(sheet("2020", "5", "2"), end("2020", "5"));
    assert.deepEqual(same.date, { start: "2020-05", precision: "month" });
    assert.match(same.mapped.join("\n"), /end 2020-05 is the same month as the start: a single date/);
  });

  test("times are dropped and reported", () => {
    const r = rowDate(sheet("2020", "6", "30", "6:00 AM"), end("2020", "7", "1", "18:00"));
    assert.deepEqual(r.date, { start: "2020-06-30", end: "2020-07-01", precision: "day" });
    assert.ok(r.mapped.includes('Time "6:00 AM" dropped: events hold calendar dates, not times (kept in the document)'));
    assert.ok(r.mapped.includes('End Time "18:00" dropped: events hold calendar dates, not times (kept in the document)'));
  });

  test("bad dates are problems with their column", () => {
    const problem = (start: DateFields, to: DateFields = {}) => {
      const r = rowDate(start, to);
      assert.equal(r.date, undefined);
      return r.problems.map((p) => `${p.column}: ${p.message}`);
    };
    assert.deepEqual(problem(sheet("2021", "13")), ['Month: "13" is not a month: write 1 to 12']);
    assert.deepEqual(problem(sheet("2021", "2", "29")), ['Day: "29" is not a day of 2021-02 (1–28)']);
    assert.deepEqual(rowDate(sheet("2020", "2", "29"), {}).date, { start: "2020-02-29", precision: "day" });
    assert.deepEqual(problem(sheet("2021", "1", "32")), ['Day: "32" is not a day of 2021-01 (1–31)']);
    assert.match(problem(sheet("circa 2019"))[0]!, /^Year: "circa 2019" is not a year/);
    assert.match(problem(sheet("-44"))[0]!, /^Year: "-44" is outside the years 0000–9999/);
    assert.match(problem(sheet("13800000000"))[0]!, /^Year: .* outside/);
    assert.match(problem(sheet(undefined, "3"))[0]!, /^Year: is empty/);
    assert.match(problem(sheet("2020", undefined, "5"))[0]!, /^Day: a day \("5"\) without a month/);
    assert.deepEqual(problem(sheet("2022", "5", "10"), end("2022", "4", "1")), ["End Month: the end (2022-04-01) is before the start (2022-05-10): fix the dates or swap them"]);
    assert.match(problem(sheet("2022"), end("2021"))[0]!, /^End Year: the end \(2021\) is before the start \(2022\)/);
    assert.match(problem(sheet("2022", "5"), end("2022", "x"))[0]!, /^End Month: "x" is not a month/);
  });

  test("End Month or End Day without End Year: no end, reported", () => {
    const r = rowDate(sheet("2020", "5"), end(undefined, "6"));
    assert.deepEqual(r.date, { start: "2020-05", precision: "month" });
    assert.match(r.mapped.join("\n"), /End Month "6" without End Year: no end date/);
  });

  test("JSON rows name their fields by path", () => {
    const r = rowDate({ year: { column: "events[2].start_date.year", value: "2020" }, month: { column: "events[2].start_date.month", value: "14" } }, {}, "events[2]");
    assert.deepEqual(r.problems, [{ column: "events[2].start_date.month", message: '"14" is not a month: write 1 to 12' }]);
    assert.equal(rowDate({}, {}, "events[0]").problems[0]!.column, "events[0].start_date.year");
  });
});

describe("eraDates", () => {
  test("start and end as written; both needed; the end not before the start", () => {
    assert.deepEqual(eraDates(sheet("2019", "3"), end("2020", "6")), { start: "2019-03", end: "2020-06", mapped: [], problems: [] });
    assert.deepEqual(eraDates(sheet("2019"), end("2019", "12", "31")).end, "2019-12-31");
    assert.match(eraDates(sheet("2019"), {}).problems[0]!.column, /^End Year$/);
    assert.match(eraDates(sheet("2020", "5"), end("2020", "4")).problems[0]!.message, /ends \(2020-04\) before it starts/);
  });
});
