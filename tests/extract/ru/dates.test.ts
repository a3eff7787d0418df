import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-01 is a Wednesday.
const PUBLISHED = "2020-04-01";

test("every written form of a date, with г. and года", async () => {
  await testCase("ru", "1 апреля 2020 г.; 1 апреля 2020 года; 2 апр. 2020 г.; 5 марта; 01.04.2020; 1/4/2020; 01.04.2020 г.", PUBLISHED, [
    { text: "1 апреля 2020 г.", value: "2020-04-01" },
    { text: "1 апреля 2020 года", value: "2020-04-01" },
    { text: "2 апр. 2020 г.", value: "2020-04-02" },
    { text: "5 марта", value: "2020-03-05" },
    { text: "01.04.2020", value: "2020-04-01" },
    { text: "1/4/2020", value: "2020-04-01" },
    { text: "01.04.2020 г.", value: "2020-04-01" },
  ]);
});

test("month case forms: март, марта, марте; months with a relative year", async () => {
  await testCase("ru", "в марте, с марта, март 2020 года, в марте 2020 года, в марте прошлого года, 5 марта прошлого года", PUBLISHED, [
    { text: "марте", value: "2020-03" },
    { text: "марта", value: "2020-03" },
    { text: "март 2020 года", value: "2020-03" },
    { text: "марте 2020 года", value: "2020-03" },
    { text: "марте прошлого года", value: "2019-03" },
    { text: "5 марта прошлого года", value: "2019-03-05" },
  ]);
  await testCase("ru", "в январе-марте, с января по март, в феврале-марте 2020 года", PUBLISHED, [
    { text: "январе-марте", value: "2020-01/2020-03" },
    { text: "января по март", value: "2020-01/2020-03" },
    { text: "феврале-марте 2020 года", value: "2020-02/2020-03" },
  ]);
});

test("ranges and lists", async () => {
  await testCase("ru", "с 1 по 3 апреля, 1-3 апреля, 1 и 2 апреля, с 30 марта по 2 апреля, между 30 марта и 2 апреля", PUBLISHED, [
    { text: "1 по 3 апреля", value: "2020-04-01/2020-04-03" },
    { text: "1-3 апреля", value: "2020-04-01/2020-04-03" },
    { text: "1 и 2 апреля", value: "2020-04-01/2020-04-02" },
    { text: "30 марта по 2 апреля", value: "2020-03-30/2020-04-02" },
    { text: "30 марта и 2 апреля", value: "2020-03-30/2020-04-02" },
  ]);
  await testCase("ru", "1 и 15 марта", PUBLISHED, [
    { text: "1", value: "2020-03-01" },
    { text: "15 марта", value: "2020-03-15" },
  ]);
});

test("a weekday with its date, with a tense word", async () => {
  await testCase("ru", "в четверг, 2 апреля, и в прошлый четверг, 26 марта", PUBLISHED, [
    { text: "четверг, 2 апреля", value: "2020-04-02" },
    { text: "прошлый четверг, 26 марта", value: "2020-03-26" },
  ]);
});

test("a day alone: числа, с 15-го", async () => {
  await testCase("ru", "15-го числа, с 1-го, и 20 числа", PUBLISHED, [
    { text: "15-го числа", value: "2020-03-15" },
    { text: "1-го", value: "2020-04-01" },
    { text: "20 числа", value: "2020-03-20" },
  ]);
});

test("years with their year word only", async () => {
  await testCase("ru", "в 2019 году, в 2019 г., с 2015 по 2019 год, в 2018-2019 годах, в 2018 и 2019 годах; в 2000 случаях", PUBLISHED, [
    { text: "2019 году", value: "2019" },
    { text: "2019 г.", value: "2019" },
    { text: "2015 по 2019 год", value: "2015/2019" },
    { text: "2018-2019 годах", value: "2018/2019" },
    { text: "2018 и 2019 годах", value: "2018/2019" },
  ]);
});

test("parts of months and years", async () => {
  await testCase("ru", "в начале марта, в середине марта, в конце марта, с начала апреля, до конца апреля, в первых числах мая", PUBLISHED, [
    { text: "начале марта", value: "2020-03", mod: "START" },
    { text: "середине марта", value: "2020-03", mod: "MID" },
    { text: "конце марта", value: "2020-03", mod: "END" },
    { text: "начала апреля", value: "2020-04", mod: "START" },
    { text: "конца апреля", value: "2020-04", mod: "END" },
    { text: "первых числах мая", value: "2020-05", mod: "START" },
  ]);
  await testCase("ru", "в конце 2019 года, в конце прошлого месяца", PUBLISHED, [
    { text: "конце 2019 года", value: "2019", mod: "END" },
    { text: "конце прошлого месяца", value: "2020-03", mod: "END" },
  ]);
});

test("months as alternatives are two mentions", async () => {
  await testCase("ru", "прибудет в марте или апреле", PUBLISHED, [
    { text: "марте", value: "2020-03" },
    { text: "апреле", value: "2020-04" },
  ]);
});
