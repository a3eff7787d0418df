import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("agency datelines: EFE, Europa Press, Xinhua, AFP, Reuters", async () => {
  await testCase("es", "Madrid, 1 abr (EFE).- El Gobierno informó.", "2020-04-01", [{ text: "1 abr", value: "2020-04-01", role: "dateline" }]);
  await testCase("es", "MADRID, 1 Abr. (EUROPA PRESS) -\n\nEl Gobierno informó.", "2020-04-01", [{ text: "1 Abr.", value: "2020-04-01", role: "dateline" }]);
  await testCase("es", "BEIJING, 1 abr (Xinhua) -- China envió material.", "2020-04-01", [{ text: "1 abr", value: "2020-04-01", role: "dateline" }]);
  await testCase("es", "Ciudad de México, 20 mar 2020 (AFP) - México cerró.", "2020-04-01", [{ text: "20 mar 2020", value: "2020-03-20", role: "dateline" }]);
  await testCase("es", "SAN JOSÉ, 2 abr (Reuters) - Costa Rica cerró.", "2020-04-02", [{ text: "2 abr", value: "2020-04-02", role: "dateline" }]);
});

test("Europa Press's regional dateline gives only the day", async () => {
  await testCase("es", "SEVILLA, 14 (EUROPA PRESS)\n\nLa Junta informó.", "2020-04-14", [{ text: "14", value: "2020-04-14", role: "dateline" }]);
});

test("a press release's dateline with the full date", async () => {
  await testCase("es", "Lima, 31 de marzo de 2020.- El Ministerio informa.", "2020-03-31", [{ text: "31 de marzo de 2020", value: "2020-03-31", role: "dateline" }]);
});

test("a page date in web chrome", async () => {
  await testCase("es", "Inicio > Prensa\nActualizado: 01/04/2020 | Publicado el 31 de marzo de 2020\n\nEl Ministerio informa.", "2020-04-01", [
    { text: "01/04/2020", value: "2020-04-01", role: "dateline" },
    { text: "31 de marzo de 2020", value: "2020-03-31", role: "dateline" },
  ]);
});
