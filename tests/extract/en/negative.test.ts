import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

test("disease and virus names", async () => {
  await testNoDates("en", "COVID-19 is one of the most serious infectious diseases; Covid-19 cases rose.");
  await testNoDates("en", "The virus, known as 2019-nCoV and later SARS-CoV-2, causes coronavirus disease 2019.");
});

test("numbered titles and agendas", async () => {
  await testNoDates("en", "the UN Charter and the 2030 Agenda for Sustainable Development");
  await testNoDates("en", "(Originally appeared in Qiushi Journal, Chinese edition, No. 8, 2020)");
  await testNoDates("en", "Executive Order 2020-07 limits gatherings; see Resolution 2020/15 and Form 10-K, Item 1A.");
});

test("counts, money and quantities", async () => {
  await testNoDates("en", "more than 210 countries and 1.6 million confirmed cases; a donation of US$20 million");
  await testNoDates("en", "It received 2,020 claims, tested 2000 people and bought 2020 masks, a rise of 20.20 percent.");
  await testNoDates("en", "In 2000 cases the test failed; he was 55, she was 93.");
  await testNoDates("en", "The score was 3-2; it ran 24/7; the 9/11 commission met.");
});

test("clock times alone", async () => {
  await testNoDates("en", "The briefing began at 3 p.m. and ended at 10:30 a.m.; testing runs from 9 a.m. to 5 p.m.");
  await testNoDates("en", "The update is published daily at 2pm.");
});

test("page chrome: view counters, phone numbers, copyright", async () => {
  await testNoDates("en", "Home | News | Health\nViews: 12,034 | Comments: 56\n2,020 views");
  await testNoDates("en", "Call 1-800-555-0199 or Tel: +86 10 6525 1234.");
  await testNoDates("en", "Copyright © 2020 The Valley Herald. All rights reserved.");
});

test("words that look like months or weekdays", async () => {
  await testNoDates("en", "Officials may march on; May I ask? The Long March was long.");
  await testNoDates("en", "The Sunday Times reported on Good Friday sales; Mondays are busy.");
  await testNoDates("en", "They will meet next Friday and every Saturday.");
  await testNoDates("en", "a song by June Carter, a letter for April Smith");
});

test("durations and ordinals that are not dates", async () => {
  await testNoDates("en", "Over the last month, the province built 12 sites, in just seven weeks.");
  await testNoDates("en", "The clinic is on the 12th floor; it marks the 5th anniversary.");
  await testNoDates("en", "in the past century; in the 1990s; fiscal 2020 guidance");
});
