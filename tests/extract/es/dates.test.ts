import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-01 is a Wednesday.
const PUBLISHED = "2020-04-01";

test("every written form of a day and month", async () => {
  await testCase("es", "Ocurrió el 1 de abril de 2020, el 1º de abril, el 1.º de mayo, el 1° de junio y el 1ro de julio.", PUBLISHED, [
    { text: "1 de abril de 2020", value: "2020-04-01" },
    { text: "1º de abril", value: "2020-04-01" },
    { text: "1.º de mayo", value: "2020-05-01" },
    { text: "1° de junio", value: "2020-06-01" },
    { text: "1ro de julio", value: "2019-07-01" },
  ]);
  await testCase("es", "el 3 de abr. y el 5 de sept. del 2019", PUBLISHED, [
    { text: "3 de abr.", value: "2020-04-03" },
    { text: "5 de sept. del 2019", value: "2019-09-05" },
  ]);
  await testCase("es", "EL 2 DE ABRIL", PUBLISHED, [{ text: "2 DE ABRIL", value: "2020-04-02" }]);
});

test("numeric dates are day first", async () => {
  await testCase("es", "Plazo: 01/04/2020; vence el 1-4-2020; inicio 2020-03-14; el 13.03.2020.", PUBLISHED, [
    { text: "01/04/2020", value: "2020-04-01" },
    { text: "1-4-2020", value: "2020-04-01" },
    { text: "2020-03-14", value: "2020-03-14" },
    { text: "13.03.2020", value: "2020-03-13" },
  ]);
});

test("pasado and próximo belong to the date; relative years", async () => {
  await testCase("es", "El pasado 15 de marzo se decretó; el próximo 26 de abril termina.", PUBLISHED, [
    { text: "pasado 15 de marzo", value: "2020-03-15" },
    { text: "próximo 26 de abril", value: "2020-04-26" },
  ]);
  await testCase("es", "el 5 de marzo del año pasado y el 2 de enero de este año", PUBLISHED, [
    { text: "5 de marzo del año pasado", value: "2019-03-05" },
    { text: "2 de enero de este año", value: "2020-01-02" },
  ]);
});

test("a weekday with its date, and a weekday with its day", async () => {
  await testCase("es", "el jueves 2 de abril y el pasado lunes 23 de marzo; desde el lunes 16.", PUBLISHED, [
    { text: "jueves 2 de abril", value: "2020-04-02" },
    { text: "pasado lunes 23 de marzo", value: "2020-03-23" },
    { text: "lunes 16", value: "2020-03-16" },
  ]);
});

test("ranges and lists of days", async () => {
  await testCase("es", "del 1 al 3 de abril, entre el 29 y el 31 de marzo, los días 25 y 26 de marzo", PUBLISHED, [
    { text: "1 al 3 de abril", value: "2020-04-01/2020-04-03" },
    { text: "29 y el 31 de marzo", value: "2020-03-29/2020-03-31" },
    { text: "días 25 y 26 de marzo", value: "2020-03-25/2020-03-26" },
  ]);
  await testCase("es", "del 30 de marzo al 2 de abril, entre el 30 de marzo y el 2 de abril", PUBLISHED, [
    { text: "30 de marzo al 2 de abril", value: "2020-03-30/2020-04-02" },
    { text: "30 de marzo y el 2 de abril", value: "2020-03-30/2020-04-02" },
  ]);
  // Not consecutive: each day on its own, the first without its month.
  await testCase("es", "el 1 y el 15 de marzo", PUBLISHED, [
    { text: "1", value: "2020-03-01", index: 3 },
    { text: "15 de marzo", value: "2020-03-15" },
  ]);
});

test("a day alone: día 15, de este mes, del mes pasado; not the fifteenth day of something", async () => {
  await testCase("es", "fue prorrogado el día 27, y desde el día 16 de este mes; el día 5 del mes pasado.", PUBLISHED, [
    { text: "día 27", value: "2020-03-27" },
    { text: "día 16 de este mes", value: "2020-04-16" },
    { text: "día 5 del mes pasado", value: "2020-03-05" },
  ]);
  await testCase("es", "es el día 15 de cuarentena", PUBLISHED, []);
});

test("months, month ranges and years", async () => {
  await testCase("es", "en marzo, desde marzo de 2020, de enero a marzo, entre enero y marzo, en enero y febrero de 2020", PUBLISHED, [
    { text: "marzo", value: "2020-03" },
    { text: "marzo de 2020", value: "2020-03" },
    { text: "enero a marzo", value: "2020-01/2020-03" },
    { text: "enero y marzo", value: "2020-01/2020-03" },
    { text: "enero y febrero de 2020", value: "2020-01/2020-02" },
  ]);
  await testCase("es", "En 2019, desde 2015, de 2015 a 2019, en 2018 y 2019; este año y el año pasado.", PUBLISHED, [
    { text: "2019", value: "2019" },
    { text: "2015", value: "2015" },
    { text: "2015 a 2019", value: "2015/2019" },
    { text: "2018 y 2019", value: "2018/2019" },
    { text: "este año", value: "2020" },
    { text: "año pasado", value: "2019" },
  ]);
});

test("parts of months and years", async () => {
  await testCase("es", "a principios de marzo, a mediados de marzo, a finales de marzo, a fines de abril, a comienzos del mes de mayo", PUBLISHED, [
    { text: "principios de marzo", value: "2020-03", mod: "START" },
    { text: "mediados de marzo", value: "2020-03", mod: "MID" },
    { text: "finales de marzo", value: "2020-03", mod: "END" },
    { text: "fines de abril", value: "2020-04", mod: "END" },
    { text: "comienzos del mes de mayo", value: "2020-05", mod: "START" },
  ]);
  await testCase("es", "a finales de 2019, a finales del mes pasado y a mediados de mes", PUBLISHED, [
    { text: "finales de 2019", value: "2019", mod: "END" },
    { text: "finales del mes pasado", value: "2020-03", mod: "END" },
    { text: "mediados de mes", value: "2020-04", mod: "MID" },
  ]);
});

test("months as alternatives are two mentions", async () => {
  await testCase("es", "llegará en marzo o abril", PUBLISHED, [
    { text: "marzo", value: "2020-03" },
    { text: "abril", value: "2020-04" },
  ]);
});
