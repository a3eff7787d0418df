/** As-of dates (حتى, لغاية, إلى غاية: mod ASOF, role asof) and the vague past (مؤخرا: mod BEFORE). */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("حتى before a date makes it an as-of date; the word is part of the mention", () =>
  testCase("ar", "بلغ عدد الإصابات 500 حالة حتى 25 مارس، و600 حالة حتى يوم 27 مارس", P, [
    { text: "حتى 25 مارس", value: "2020-03-25", mod: "ASOF", role: "asof" },
    { text: "حتى يوم 27 مارس", value: "2020-03-27", mod: "ASOF", role: "asof" },
  ]));

test("as of a relative day, over a time-of-day word", () =>
  testCase("ar", "ليصل إجمالي المتعافين إلى 247 حالة حتى مساء أمس (السبت)، و250 حالة حتى اليوم", P, [
    { text: "حتى مساء أمس (السبت)", value: "2020-03-28", mod: "ASOF", role: "asof" },
    { text: "حتى اليوم", value: "2020-03-29", mod: "ASOF", role: "asof" },
  ]));

test("other as-of words, and a proclitic before them", () =>
  testCase("ar", "لغاية 20 مارس. وحتى 22 مارس. إلى غاية 24 مارس.", P, [
    { text: "لغاية 20 مارس", value: "2020-03-20", mod: "ASOF", role: "asof" },
    { text: "حتى 22 مارس", value: "2020-03-22", mod: "ASOF", role: "asof" },
    { text: "إلى غاية 24 مارس", value: "2020-03-24", mod: "ASOF", role: "asof" },
  ]));

test("as of now is a reference-relative mention", () =>
  testCase("ar", "لم تسجل وفيات حتى الآن، وارتفع العدد إلى 133 حالة حتى تاريخه، ولحد الآن", P, [
    { text: "حتى الآن", value: "2020-03-29", mod: "ASOF", role: "asof" },
    { text: "حتى تاريخه", value: "2020-03-29", mod: "ASOF", role: "asof" },
    { text: "لحد الآن", value: "2020-03-29", mod: "ASOF", role: "asof" },
  ]));

test("حتى after an extension or a start means 'until': the date stays an event", () =>
  testCase("ar", "قبل أن تمدد القرار حتى 15 أبريل. وأغلقت المتاحف اعتبارا من اليوم وحتى أواخر مارس. امتدت الاختبارات حتى 30 يونيو.", P, [
    { text: "15 أبريل", value: "2020-04-15" },
    { text: "اليوم", value: "2020-03-29" },
    { text: "أواخر مارس", value: "2020-03", mod: "END" },
    { text: "30 يونيو", value: "2019-06-30" },
  ]));

test("a range from … to … is not an as-of date", () =>
  testCase("ar", "من 3 مارس حتى 10 أبريل", P, [{ text: "3 مارس حتى 10 أبريل", value: "2020-03-03/2020-04-10" }]));

test("vague past: before the reference date", () =>
  testCase("ar", "تلقت مصر مؤخراً شحنة، وفي الآونة الأخيرة زادت الحالات، ووصل الوفد قبل أيام", P, [
    { text: "مؤخراً", value: "2020-03-29", mod: "BEFORE" },
    { text: "الآونة الأخيرة", value: "2020-03-29", mod: "BEFORE" },
    { text: "قبل أيام", value: "2020-03-29", mod: "BEFORE" },
  ], { vague: true }));

test("vague past is not read by default", () => testCase("ar", "تلقت مصر مؤخراً شحنة، وفي الآونة الأخيرة زادت الحالات، ووصل الوفد قبل أيام", P, []));

test("days before an event are not the vague past", () => testCase("ar", "قبل أيام من الانتخابات", P, []));
