import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

test("COVID-19 in every spelling, and the virus's names", async () => {
  await testNoDates("ru", "коронавирус COVID-19, COVID19, ковид-19, КОВИД-19, SARS-CoV-2 и 2019-nCoV");
});

test("counts, durations and money", async () => {
  await testNoDates("ru", "в 2000 случаях, 2020 рублей, 2 020 человек, карантин 14 дней, две недели, за сутки, 2,5%");
});

test("clock times and ordinals", async () => {
  await testNoDates("ru", "в 10:30, в 10.00 мск, с 8.00 до 20.00, в 1-м квартале, 2-й этап");
});

test("programmes, strategies and events named with a year", async () => {
  await testNoDates("ru", "Повестка дня в области устойчивого развития на период до 2030 года, Стратегия развития до 2025 года, Евро-2020, ЭКСПО-2020, Токио-2020");
});

test("page chrome, decrees and phone numbers", async () => {
  await testNoDates("ru", "Просмотров: 12 408 | страница 1 из 2 | Телефон: +7 (495) 123-45-67 | горячая линия 8-800-2000-112 | указ № 206");
});

test("names, holidays and agencies that look like dates", async () => {
  await testNoDates("ru", "к 8 Марта, улица 1 Мая, МИА «Россия сегодня», Великая пятница и Чистый четверг");
});
