import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-01 is a Wednesday.
const PUBLISHED = "2020-04-01";

test("every written form of a day and month", async () => {
  await testCase("fr", "le 1er avril 2020; le 2 avr. 2020; le 3 avr; le 15 févr. et le 20 août; le 1re juin", PUBLISHED, [
    { text: "1er avril 2020", value: "2020-04-01" },
    { text: "2 avr. 2020", value: "2020-04-02" },
    { text: "3 avr", value: "2020-04-03" },
    { text: "15 févr.", value: "2020-02-15" },
    { text: "20 août", value: "2019-08-20" },
    { text: "1re juin", value: "2020-06-01" },
  ]);
  await testCase("fr", "01.04.2020, 1/4/2020, 2020-04-01", PUBLISHED, [
    { text: "01.04.2020", value: "2020-04-01" },
    { text: "1/4/2020", value: "2020-04-01" },
    { text: "2020-04-01", value: "2020-04-01" },
  ]);
});

test("dernier and prochain; a weekday with its date", async () => {
  await testCase("fr", "le 15 mars dernier, le 20 avril prochain, jeudi 2 avril, le vendredi 20 mars", PUBLISHED, [
    { text: "15 mars dernier", value: "2020-03-15" },
    { text: "20 avril prochain", value: "2020-04-20" },
    { text: "jeudi 2 avril", value: "2020-04-02" },
    { text: "vendredi 20 mars", value: "2020-03-20" },
  ]);
});

test("ranges and lists", async () => {
  await testCase("fr", "du 1er au 3 avril, les 1er et 2 avril, entre le 30 mars et le 2 avril, du 30 mars au 2 avril", PUBLISHED, [
    { text: "1er au 3 avril", value: "2020-04-01/2020-04-03" },
    { text: "1er et 2 avril", value: "2020-04-01/2020-04-02" },
    { text: "30 mars et le 2 avril", value: "2020-03-30/2020-04-02" },
    { text: "30 mars au 2 avril", value: "2020-03-30/2020-04-02" },
  ]);
  await testCase("fr", "le 1er et le 15 mars", PUBLISHED, [
    { text: "1er", value: "2020-03-01" },
    { text: "15 mars", value: "2020-03-15" },
  ]);
});

test("a day alone after le or au, before punctuation", async () => {
  await testCase("fr", "Depuis le 17, les Français sont confinés jusqu'au 31.", PUBLISHED, [
    { text: "17", value: "2020-03-17" },
    { text: "31", value: "2020-03-31" },
  ]);
  await testCase("fr", "le 15 est un numéro d'urgence; le 17e jour", PUBLISHED, []);
});

test("months, month ranges, years", async () => {
  await testCase("fr", "en mars, depuis janvier 2020, de janvier à mars, d'avril, mars dernier", PUBLISHED, [
    { text: "mars", value: "2020-03" },
    { text: "janvier 2020", value: "2020-01" },
    { text: "janvier à mars", value: "2020-01/2020-03" },
    { text: "avril", value: "2020-04" },
    { text: "mars dernier", value: "2020-03" },
  ]);
  await testCase("fr", "En 2019, de 2015 à 2019, entre 2015 et 2019, cette année, l'an dernier", PUBLISHED, [
    { text: "2019", value: "2019" },
    { text: "2015 à 2019", value: "2015/2019" },
    { text: "2015 et 2019", value: "2015/2019" },
    { text: "cette année", value: "2020" },
    { text: "an dernier", value: "2019" },
  ]);
});

test("parts of months and years", async () => {
  await testCase("fr", "début mars, mi-mars, fin mars, à la mi-avril, fin du mois de mai; fin 2019; fin de 2020; fin du mois dernier", PUBLISHED, [
    { text: "début mars", value: "2020-03", mod: "START" },
    { text: "mi-mars", value: "2020-03", mod: "MID" },
    { text: "fin mars", value: "2020-03", mod: "END" },
    { text: "mi-avril", value: "2020-04", mod: "MID" },
    { text: "fin du mois de mai", value: "2020-05", mod: "END" },
    { text: "fin 2019", value: "2019", mod: "END" },
    { text: "fin de 2020", value: "2020", mod: "END" },
    { text: "fin du mois dernier", value: "2020-03", mod: "END" },
  ]);
});

test("an event announced ahead resolves forward", async () => {
  await testCase("fr", "Le sommet, prévu en septembre, et le Grand Prix, qui devait avoir lieu du 12 au 14 juin.", PUBLISHED, [
    { text: "septembre", value: "2020-09" },
    { text: "12 au 14 juin", value: "2020-06-12/2020-06-14" },
  ]);
});

test("months as alternatives are two mentions", async () => {
  await testCase("fr", "il arrivera en mars ou avril", PUBLISHED, [
    { text: "mars", value: "2020-03" },
    { text: "avril", value: "2020-04" },
  ]);
});
