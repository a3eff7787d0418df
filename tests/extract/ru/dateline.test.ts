import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("agency datelines: TASS, RIA Novosti, Interfax, Xinhua, BelTA, Kazinform", async () => {
  await testCase("ru", "МОСКВА, 1 апреля. /ТАСС/. Число случаев выросло.", "2020-04-01", [{ text: "1 апреля", value: "2020-04-01", role: "dateline" }]);
  await testCase("ru", "МОСКВА, 1 апр — РИА Новости. Правительство одобрило.", "2020-04-01", [{ text: "1 апр", value: "2020-04-01", role: "dateline" }]);
  await testCase("ru", "Москва. 1 апреля. INTERFAX.RU - Власти продлили меры.", "2020-04-01", [{ text: "1 апреля", value: "2020-04-01", role: "dateline" }]);
  await testCase("ru", "Пекин, 1 апреля /Синьхуа/ -- Китай направит врачей.", "2020-04-01", [{ text: "1 апреля", value: "2020-04-01", role: "dateline" }]);
  await testCase("ru", "МИНСК, 1 апреля (БЕЛТА) - Минздрав сообщил.", "2020-04-01", [{ text: "1 апреля", value: "2020-04-01", role: "dateline" }]);
  await testCase("ru", "НУР-СУЛТАН. 16 марта. КАЗИНФОРМ - Президент подписал указ.", "2020-03-16", [{ text: "16 марта", value: "2020-03-16", role: "dateline" }]);
});

test("a page date in web chrome", async () => {
  await testCase("ru", "Главная / Общество\nОбновлено: 03.04.2020 | Просмотров: 2 031\n\nМинздрав сообщил.", "2020-04-03", [
    { text: "03.04.2020", value: "2020-04-03", role: "dateline" },
  ]);
});
