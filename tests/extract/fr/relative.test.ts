import { test } from "node:test";
import { testCase } from "../helpers.ts";

// 2020-04-01 is a Wednesday.
const PUBLISHED = "2020-04-01";

test("aujourd'hui, hier, demain, avant-hier, après-demain", async () => {
  await testCase("fr", "Aujourd’hui et hier soir, puis demain; avant-hier et après-demain.", PUBLISHED, [
    { text: "Aujourd’hui", value: "2020-04-01" },
    { text: "hier", value: "2020-03-31" },
    { text: "demain", value: "2020-04-02" },
    { text: "avant-hier", value: "2020-03-30" },
    { text: "après-demain", value: "2020-04-03" },
  ]);
  await testCase("fr", "le monde de demain", PUBLISHED, []);
});

test("weekdays: bare, dernier, prochain, ce, announced ahead; habits and hours are not dates", async () => {
  await testCase("fr", "Jeudi, le ministre a parlé; jeudi dernier, lundi prochain, ce mercredi; un vol est prévu dimanche.", PUBLISHED, [
    { text: "Jeudi", value: "2020-03-26" },
    { text: "jeudi dernier", value: "2020-03-26" },
    { text: "lundi prochain", value: "2020-04-06" },
    { text: "ce mercredi", value: "2020-04-01" },
    { text: "dimanche", value: "2020-04-05" },
  ]);
  await testCase("fr", "Ouvert du lundi au vendredi, tous les samedis et chaque dimanche; le lundi de Pâques.", PUBLISHED, []);
});

test("weeks and weekends, including Quebec's fin de semaine", async () => {
  await testCase("fr", "la semaine dernière, cette semaine, la semaine prochaine", PUBLISHED, [
    { text: "semaine dernière", value: "2020-03-23/2020-03-29" },
    { text: "cette semaine", value: "2020-03-30/2020-04-05" },
    { text: "semaine prochaine", value: "2020-04-06/2020-04-12" },
  ]);
  await testCase("fr", "le week-end dernier, ce week-end, la fin de semaine dernière; ouvert y compris le week-end", PUBLISHED, [
    { text: "week-end dernier", value: "2020-03-28/2020-03-29" },
    { text: "ce week-end", value: "2020-04-04/2020-04-05" },
    { text: "fin de semaine dernière", value: "2020-03-28/2020-03-29" },
  ]);
});

test("days ago, the same day, the next day, recently", async () => {
  await testCase("fr", "il y a trois jours, il y a deux semaines; une quarantaine de 14 jours", PUBLISHED, [
    { text: "il y a trois jours", value: "2020-03-29" },
    { text: "il y a deux semaines", value: "2020-03-18" },
  ]);
  await testCase("fr", "Il est arrivé le 28 mars et le même jour a parlé; le lendemain, il est reparti.", PUBLISHED, [
    { text: "28 mars", value: "2020-03-28" },
    { text: "même jour", value: "2020-03-28" },
    { text: "lendemain", value: "2020-03-29" },
  ]);
  await testCase("fr", "Récemment, le ministre a dit", PUBLISHED, [{ text: "Récemment", value: "2020-04-01", mod: "BEFORE" }], { vague: true });
  await testCase("fr", "Récemment, le ministre a dit", PUBLISHED, []);
});

test("as of: à ce jour, jusqu'à présent, à la date du, Au … at a sentence start", async () => {
  await testCase("fr", "À ce jour, 500 cas; jusqu'à présent, 20 morts. Au 31 mars, 600 cas, à la date du 30 mars.", PUBLISHED, [
    { text: "À ce jour", value: "2020-04-01", mod: "ASOF", role: "asof" },
    { text: "jusqu'à présent", value: "2020-04-01", mod: "ASOF", role: "asof" },
    { text: "Au 31 mars", value: "2020-03-31", mod: "ASOF", role: "asof" },
    { text: "à la date du 30 mars", value: "2020-03-30", mod: "ASOF", role: "asof" },
  ]);
});

test("this month, last month", async () => {
  await testCase("fr", "le mois dernier et le mois prochain", PUBLISHED, [
    { text: "mois dernier", value: "2020-03" },
    { text: "mois prochain", value: "2020-05" },
  ]);
});
