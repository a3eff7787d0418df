import { test } from "node:test";
import { testCase } from "../helpers.ts";

test("agency datelines: AFP, Reuters, Xinhua, APS", async () => {
  await testCase("fr", "PARIS, 1er avril 2020 (AFP) - Le gouvernement a annoncé.", "2020-04-01", [{ text: "1er avril 2020", value: "2020-04-01", role: "dateline" }]);
  await testCase("fr", "Dakar, 1er avr (APS) - Le ministère a annoncé.", "2020-04-01", [{ text: "1er avr", value: "2020-04-01", role: "dateline" }]);
  await testCase("fr", "BEIJING, 1er avril (Xinhua) -- La Chine a envoyé.", "2020-04-01", [{ text: "1er avril", value: "2020-04-01", role: "dateline" }]);
  await testCase("fr", "PORT-AU-PRINCE, 2 avr. (Reuters) - Haïti a fermé.", "2020-04-02", [{ text: "2 avr.", value: "2020-04-02", role: "dateline" }]);
});

test("a press release's dateline without its 'le', and a page date", async () => {
  await testCase("fr", "Mis à jour le 03/04/2020 | 4 512 vues\n\nParis, le 3 avril 2020 – Le ministère fait le point.", "2020-04-03", [
    { text: "03/04/2020", value: "2020-04-03", role: "dateline" },
    { text: "3 avril 2020", value: "2020-04-03", role: "dateline" },
  ]);
});
