import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

test("COVID-19 in every spelling, and the virus's names", async () => {
  await testNoDates("fr", "la Covid-19, le COVID-19, le COVID19, la covid 19, le SARS-CoV-2 et le 2019-nCoV");
});

test("counts, durations, money and percentages", async () => {
  await testNoDates("fr", "2.020 cas en 15 jours; une quarantaine de 14 jours; en 2000 tests, pour 2020 masques; 2000 $ et 1 000 milliards de FCFA; 20,20 %");
});

test("clock times and ordinals", async () => {
  await testNoDates("fr", "à 10h30, à 18 h, de 21h00 à 05h00; le 1er trimestre, le 2e tour, 24h/24 et 7j/7");
});

test("agendas, events and decrees named with a year", async () => {
  await testNoDates("fr", "l'Agenda 2030, la Vision 2030, l'Euro 2020, Tokyo 2020, la CAN 2021, le décret n° 2020-293");
});

test("page chrome and phone numbers", async () => {
  await testNoDates("fr", "4 512 vues | page 1/2 | Tél. : 01 40 56 60 60 | numéro vert 0 800 130 000 | +33 1 40 56 60 60");
});

test("names and feasts that look like dates", async () => {
  await testNoDates("fr", "la place du 8-Mai, la rue du 4 Septembre, le Journal du dimanche, la planète Mars");
  await testNoDates("fr", "le Vendredi saint, le lundi de Pâques, Mardi gras et le dimanche des Rameaux");
});
