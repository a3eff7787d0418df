/** Reading the Google Sheets template as CSV and XLSX: the same rows, numbered as the spreadsheet shows them. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readTimeline, TimelineReadError } from "../../../src/ingest/timelines/index.ts";
import { columnLetter } from "../../../src/ingest/timelines/sheet.ts";
import { read } from "./support.ts";

describe("sheet", () => {
  test("CSV: the BOM is dropped, a quoted newline stays in its cell, rows are numbered from 2", async () => {
    const csv = await read("aldmere-bridge.csv");
    assert.equal(csv.columns[0], "Year", "no BOM on the first column");
    assert.equal(csv.columns.length, 18);
    assert.deepEqual(csv.rows.map((r) => r.number), Array.from({ length: 23 }, (_, i) => i + 2));
    const row9 = csv.rows.find((r) => r.number === 9)!;
    assert.match(row9.text!.value, /new one\.<\/p>\n<p>It recommends/);
    assert.deepEqual(csv.rows.map((r) => r.kind).slice(0, 4), ["title", "era", "era", "event"]);
    assert.deepEqual(csv.notes, []);
  });

  test("XLSX holds the same rows and cells as the CSV", async () => {
    const [csv, xlsx] = await Promise.all([read("aldmere-bridge.csv"), read("aldmere-bridge.xlsx")]);
    assert.equal(xlsx.format, "xlsx");
    assert.deepEqual(xlsx.columns, csv.columns);
    assert.deepEqual(
      xlsx.rows.map((r) => [r.number, r.cells]),
      csv.rows.map((r) => [r.number, r.cells.map((c) => ({ column: c.column, value: c.value.replace(/\r\n/g, "\n") }))]),
    );
  });

  test("unknown columns are kept and named; blank rows are listed", async () => {
    const input = await read("bad/unknown-column.csv");
    assert.deepEqual(input.notes, [
      'column S "Source URL" is not a TimelineJS column: its values are kept in the document only',
      'column T "Notes" is not a TimelineJS column: its values are kept in the document only',
    ]);
    assert.deepEqual(input.rows[0]!.unmapped, [{ column: "Source URL", value: "https://example.org/contract" }, { column: "Notes", value: "checked by desk" }]);
    const blank = await readTimeline(Buffer.from("Year,Headline\n2020,A\n,\n\n2021,B\n"), "blank.csv");
    assert.deepEqual(blank.rows.map((r) => r.number), [2, 5]);
    assert.deepEqual(blank.blankRows, [3, 4]);
  });

  test("files that are not a timeline say why", async () => {
    const rejects = (name: string, pattern: RegExp) => assert.rejects(read(name), (e: Error) => e instanceof TimelineReadError && pattern.test(e.message));
    await rejects("bad/empty.csv", /^empty\.csv is empty: nothing to import$/);
    await rejects("bad/not-timeline.csv", /^not-timeline\.csv is not a TimelineJS sheet: its columns are "Date", "Event", "Notes" \(missing Year, Headline, Text\)\.\nExpected .*: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background/);
    await rejects("bad/latin1.csv", /^latin1\.csv is not UTF-8 text \(byte 0xE9 at line 2, column 32\)/);
    await assert.rejects(readTimeline(Buffer.from("Year;Month;Headline\n2020;1;A\n"), "semi.csv"), /separated by ";": export it again as comma-separated values/);
    await assert.rejects(readTimeline(Buffer.from("PK\u0003\u0004 not really"), "broken.xlsx"), /broken\.xlsx is not a readable \.xlsx workbook/);
    await assert.rejects(readTimeline(Buffer.from("x"), "notes.txt"), /use a \.csv or \.xlsx export/);
  });

  test("column letters as a spreadsheet names them", () => {
    assert.deepEqual([0, 17, 25, 26, 27, 701, 702].map(columnLetter), ["A", "R", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
