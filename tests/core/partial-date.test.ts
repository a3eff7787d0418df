import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { calendarDate, coarser, firstDay, formatParts, formOf, isRealDate, lastDay, partsOf, periodKey, precisionOf, truncate, weekNumber, yearOf } from "../../src/core/partial-date.ts";

describe("partial dates", () => {
  test("precision is the form", () => {
    assert.equal(precisionOf("2020"), "year");
    assert.equal(precisionOf("2020-03"), "month");
    assert.equal(precisionOf("2020-03-29"), "day");
    for (const bad of ["20", "2020-3", "2020/03/29", "2020-03-29T00:00", ""]) assert.equal(precisionOf(bad), undefined, bad);
    assert.equal(formOf("month"), "YYYY-MM");
  });

  test("cut, period, parts", () => {
    assert.equal(truncate("2020-03-29", "month"), "2020-03");
    assert.equal(yearOf("2020-03-29"), "2020");
    assert.equal(periodKey("2020-03-29", "day"), "2020-03");
    assert.equal(periodKey("2020-03", "month"), "2020-03");
    assert.equal(periodKey("2020", "year"), "2020");
    assert.deepEqual(partsOf("2020-03-09"), { year: 2020, month: 3, day: 9 });
    assert.deepEqual(partsOf("2020"), { year: 2020 });
    assert.equal(formatParts({ year: 20, month: 3, day: 9 }), "0020-03-09");
    assert.equal(formatParts({ year: 2020, day: 9 }), "2020");
    assert.equal(coarser("day", "month"), "month");
  });

  test("first and last day, real dates", () => {
    assert.equal(firstDay("2020-03"), "2020-03-01");
    assert.equal(firstDay("2020"), "2020-01-01");
    assert.equal(firstDay("2020-03-29"), "2020-03-29");
    assert.equal(calendarDate("2020-03").toISODate(), "2020-03-01");
    assert.equal(lastDay("2020-02"), "2020-02-29");
    assert.equal(lastDay("2021"), "2021-12-31");
    assert.equal(lastDay("2021-05-04"), "2021-05-04");
    assert.ok(isRealDate("2020-02-29") && isRealDate("2020") && isRealDate("2020-12"));
    for (const bad of ["2019-02-29", "2020-13", "2020-00", "2020-04-31", "2020-4"]) assert.equal(isRealDate(bad), false, bad);
  });

  test("weekNumber counts ISO weeks, Monday to Sunday, across months, years and leap days", () => {
    const week = weekNumber("2020-03-02"); // a Monday
    assert.equal(weekNumber("2020-03-08"), week); // its Sunday
    assert.equal(weekNumber("2020-03-09"), week + 1);
    assert.equal(weekNumber("2020-03-01"), week - 1); // the Sunday before
    assert.equal(weekNumber("2021-01-04") - weekNumber("2020-12-28"), 1);
    assert.equal(weekNumber("2020-03-02") - weekNumber("2020-02-24"), 1); // across 29 February
    assert.equal(weekNumber("2000-01-03") - weekNumber("1999-12-27"), 1);
    assert.equal(weekNumber("1970-01-01"), weekNumber("1969-12-29"));
  });
});
