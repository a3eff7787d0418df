import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-01 is a Wednesday.
const PUBLISHED = "2020-04-01";

test("hoy, ayer, mañana (not the morning), anteayer, pasado mañana", async () => {
  await testCase("es", "Hoy se reúne, ayer por la mañana habló y mañana comparecerá; anteayer y pasado mañana también.", PUBLISHED, [
    { text: "Hoy", value: "2020-04-01" },
    { text: "ayer", value: "2020-03-31" },
    { text: "mañana", value: "2020-04-02", index: 41 },
    { text: "anteayer", value: "2020-03-30" },
    { text: "pasado mañana", value: "2020-04-03" },
  ]);
  await testCase("es", "esta mañana, por la mañana, a las 10 de la mañana, cada mañana; hoy en día", PUBLISHED, []);
});

test("weekdays: on or before, pasado, próximo, este", async () => {
  await testCase("es", "el jueves, el pasado viernes, el lunes pasado, el próximo jueves y este miércoles", PUBLISHED, [
    { text: "jueves", value: "2020-03-26" },
    { text: "pasado viernes", value: "2020-03-27" },
    { text: "lunes pasado", value: "2020-03-30" },
    { text: "próximo jueves", value: "2020-04-02" },
    { text: "este miércoles", value: "2020-04-01" },
  ]);
  await testCase("es", "Abre de lunes a viernes, los sábados y cada domingo.", PUBLISHED, []);
});

test("weeks and weekends are calendar ranges", async () => {
  await testCase("es", "la semana pasada, esta semana, la próxima semana", PUBLISHED, [
    { text: "semana pasada", value: "2020-03-23/2020-03-29" },
    { text: "esta semana", value: "2020-03-30/2020-04-05" },
    { text: "próxima semana", value: "2020-04-06/2020-04-12" },
  ]);
  await testCase("es", "el fin de semana, el pasado fin de semana, este fin de semana; los fines de semana", PUBLISHED, [
    { text: "fin de semana", value: "2020-03-28/2020-03-29" },
    { text: "pasado fin de semana", value: "2020-03-28/2020-03-29" },
    { text: "este fin de semana", value: "2020-04-04/2020-04-05" },
  ]);
  // Published on the Saturday itself: the weekend under way.
  await testCase("es", "Durante el fin de semana cerraron los parques.", "2020-04-04", [{ text: "fin de semana", value: "2020-04-04/2020-04-05" }]);
});

test("days ago, the same day, the next day, recently", async () => {
  await testCase("es", "hace tres días, hace dos semanas, hace 10 días; dura 14 días", PUBLISHED, [
    { text: "hace tres días", value: "2020-03-29" },
    { text: "hace dos semanas", value: "2020-03-18" },
    { text: "hace 10 días", value: "2020-03-22" },
  ]);
  await testCase("es", "Llegó el 28 de marzo y ese mismo día abrió; al día siguiente cerró.", PUBLISHED, [
    { text: "28 de marzo", value: "2020-03-28" },
    { text: "ese mismo día", value: "2020-03-28" },
    { text: "día siguiente", value: "2020-03-29" },
  ]);
  await testCase("es", "Recientemente, el ministro dijo", PUBLISHED, [{ text: "Recientemente", value: "2020-04-01", mod: "BEFORE" }], { vague: true });
  await testCase("es", "Recientemente, el ministro dijo", PUBLISHED, []);
});

test("as of: hasta el momento, hasta la fecha, con corte al", async () => {
  await testCase("es", "Hasta el momento hay 900 casos; hasta la fecha, 24 muertos; con corte al 30 de marzo, 950.", PUBLISHED, [
    { text: "Hasta el momento", value: "2020-04-01", mod: "ASOF", role: "asof" },
    { text: "hasta la fecha", value: "2020-04-01", mod: "ASOF", role: "asof" },
    { text: "con corte al 30 de marzo", value: "2020-03-30", mod: "ASOF", role: "asof" },
  ]);
});

test("this month, last month", async () => {
  await testCase("es", "este mes y el mes pasado", PUBLISHED, [
    { text: "este mes", value: "2020-04" },
    { text: "mes pasado", value: "2020-03" },
  ]);
});
