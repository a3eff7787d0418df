import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

test("COVID-19 in every spelling, and the virus's names", async () => {
  await testNoDates("es", "La COVID-19, el Covid-19, la covid 19, el COVID19 y el SARS-CoV-2 (2019-nCoV), la enfermedad por coronavirus 2019.");
});

test("counts, durations, money and percentages", async () => {
  await testNoDates("es", "Hubo 2.020 casos en 14 días; una cuarentena de 15 días; 2020 personas y 2.000 millones de euros, un 20,20 %.");
  await testNoDates("es", "La cifra llegó en 2000 pruebas y en 1998 muestras.");
});

test("clock times and ordinals", async () => {
  await testNoDates("es", "a las 10.30, a las 12:00 horas, de 8.00 a 22.00 horas; el 2º trimestre y el 1er ministro.");
});

test("agendas, plans, events and decrees named with a year", async () => {
  await testNoDates("es", "la Agenda 2030, la Estrategia 2030, la Expo 2020, la Eurocopa 2020, Tokio 2020, el Real Decreto 463/2020 y el DNU 297/2020.");
});

test("page chrome and phone numbers", async () => {
  await testNoDates("es", "Visitas: 2.031 | Página 1 de 3 | Tel: 900 102 112 | +34 91 596 10 00 | 1.520 lecturas");
});

test("names and feasts that look like dates", async () => {
  await testNoDates("es", "el Hospital 12 de Octubre, la Plaza de Mayo, la avenida 9 de Julio, Plácido Domingo");
  await testNoDates("es", "el Jueves Santo, el Viernes Santo, el Domingo de Ramos y el Lunes de Pascua");
  await testNoDates("es", "el mar estaba en calma por la mañana y por la tarde");
});
