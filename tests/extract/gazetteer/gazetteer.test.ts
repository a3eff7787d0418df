/** Country mentions in English, Chinese, Thai and Arabic: names, aliases, demonyms, cities. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { countriesIn, findCountries } from "../../../src/extract/gazetteer/index.ts";
import { cityNames, zonesOf } from "../../../src/extract/gazetteer/city-names.ts";

const codes = (text: string) => findCountries(text).map((m) => `${m.code}:${m.text}`);

describe("gazetteer: names from CLDR and aliases", () => {
  test("Laos in four languages", () => {
    assert.deepEqual(codes("China sent experts to Laos."), ["CN:China", "LA:Laos"]);
    assert.deepEqual(codes("The Lao government thanked them."), ["LA:Lao"]);
    assert.deepEqual(codes("专家组抵达老挝。"), ["LA:老挝"]);
    assert.deepEqual(codes("專家組抵達寮國。"), ["LA:寮國"]);
    assert.deepEqual(codes("การประชุมจัดขึ้นที่ประเทศลาวด้วยความสำเร็จ"), ["LA:ลาว"]);
    assert.deepEqual(codes("وصل الفريق إلى لاوس أمس"), ["LA:لاوس"]);
  });

  test("Chinese short forms: 蒙古国, 波黑, 特多, 中方, 韩方", () => {
    assert.deepEqual(codes("援助蒙古国第一批抗疫物资"), ["MN:蒙古国"]);
    assert.deepEqual(codes("截至目前，波黑尚未发现病例。"), ["BA:波黑"]);
    assert.deepEqual(codes("中方向特多政府提供一系列抗疫资料"), ["CN:中方", "TT:特多"]);
    assert.deepEqual(codes("韩方表示感谢"), ["KR:韩方"]);
    assert.deepEqual(codes("疫情在特立尼达和多巴哥发生后"), ["TT:特立尼达和多巴哥"]);
  });

  test("Chinese compounds of one-character forms before a relation word", () => {
    assert.deepEqual(codes("中法两国科研机构"), ["CN:中", "FR:法"]);
    assert.deepEqual(codes("蒙中两国人民密切合作"), ["MN:蒙", "CN:中"]);
    assert.deepEqual(codes("中西药品"), []);
  });

  test("demonyms and other names", () => {
    assert.deepEqual(codes("Serbian and Iranian officials, the U.S. and the Czech Republic"), ["RS:Serbian", "IR:Iranian", "US:U.S.", "CZ:Czech Republic"]);
    assert.deepEqual(codes("ประธานาธิบดีสาธารณรัฐเช็ก และเกาหลีใต้"), ["CZ:สาธารณรัฐเช็ก", "KR:เกาหลีใต้"]);
    assert.deepEqual(codes("แก่เช็กเรื่อย ๆ"), ["CZ:เช็ก"]);
    assert.deepEqual(codes("وزارة الخارجية الصينية والمصري"), ["CN:الصينية", "EG:المصري"]);
  });

  test("Arabic: the article and the prefixes و ب ل", () => {
    assert.deepEqual(codes("الصين ومصر بالصين للصين"), ["CN:الصين", "EG:مصر", "CN:الصين", "CN:للصين"]);
    assert.deepEqual(codes("مصرف"), [], "مصر inside مصرف (bank)");
  });

  test("longest name first", () => {
    assert.deepEqual(codes("Guinea-Bissau, Papua New Guinea and Guinea"), ["GW:Guinea-Bissau", "PG:Papua New Guinea", "GN:Guinea"]);
    assert.deepEqual(codes("Niger and Nigeria"), ["NE:Niger", "NG:Nigeria"]);
    assert.deepEqual(codes("几内亚比绍和几内亚"), ["GW:几内亚比绍", "GN:几内亚"]);
    assert.deepEqual(codes("เกาหลีใต้และเกาหลีเหนือ"), ["KR:เกาหลีใต้", "KP:เกาหลีเหนือ"]);
  });
});

describe("gazetteer: capitals and cities", () => {
  test("CLDR exemplar cities: 万象, Tehran, เตหะราน, بغداد", () => {
    const found = findCountries("抵达老挝首都万象。Tehran. ไปยังกรุงเตหะรานด้วย في بغداد");
    assert.deepEqual(
      found.filter((m) => m.kind === "city").map((m) => `${m.code}:${m.text}:${m.place}`),
      ["LA:万象:Vientiane", "IR:Tehran:Tehran", "IR:เตหะราน:Tehran", "IQ:بغداد:Baghdad"],
    );
  });

  test("capitals CLDR lacks come from the alias file: Beijing, 北京, ปักกิ่ง, بكين", () => {
    assert.deepEqual(countriesIn("Beijing 北京 ปักกิ่ง بكين"), ["CN"]);
    assert.equal(findCountries("在北京").length, 1);
  });

  test("cities come from time zones tied to their country by the platform's CLDR data", () => {
    assert.deepEqual(zonesOf("LA"), ["Asia/Vientiane"]);
    const cities = cityNames();
    assert.ok(cities.some((c) => c.code === "LA" && c.name === "万象"));
    assert.ok(cities.some((c) => c.code === "IR" && c.name === "طهران"));
    assert.ok(!cities.some((c) => c.name === "Troll"), "Antarctic stations are not cities");
  });
});

describe("gazetteer: no false positives inside words", () => {
  test("Latin: whole words, case-sensitive", () => {
    assert.deepEqual(codes("Chadwick met Romans in a chinaware shop"), []);
    assert.deepEqual(codes("a donation of US$20 million"), []);
  });

  test("Chinese: 中 alone is not China, 日本 is not the 日 of a date", () => {
    assert.deepEqual(codes("中午，中心，其中"), []);
    assert.deepEqual(codes("3月29日本报记者"), []);
    assert.deepEqual(codes("沿海地区"), [], "海地 (Haiti) inside 沿海地区");
    assert.deepEqual(codes("参加纳税"), [], "加纳 (Ghana) inside 参加纳税");
  });

  test("Thai: not inside a longer word", () => {
    assert.deepEqual(codes("ชาดก"), [], "ชาด (Chad) inside ชาดก");
    assert.deepEqual(codes("คอนโซลเกม"), [], "โซล (Seoul) inside คอนโซล");
  });

  test("a language is not a country: ภาษาอังกฤษ, باللغة الصينية", () => {
    assert.deepEqual(codes("ด้วยภาษาอังกฤษ ภาษาฝรั่งเศส และภาษาเยอรมัน"), []);
    assert.deepEqual(codes("تحدث باللغة الصينية في الصين"), ["CN:الصين"]);
  });

  test("offsets are code points", () => {
    const text = "𠀀 Laos";
    assert.deepEqual(findCountries(text).map((m) => m.index), [2]);
  });
});

describe("gazetteer: Spanish, French and Russian (src/languages/{es,fr,ru}/gazetteer.json)", () => {
  test("CLDR names, short forms and capitals", () => {
    assert.deepEqual(codes("Los expertos viajaron de Pekín a Italia, a EE. UU. y a Corea del Sur."), ["CN:Pekín", "IT:Italia", "US:EE. UU.", "KR:Corea del Sur"]);
    assert.deepEqual(codes("Des experts sont partis de Pékin pour l'Italie, le Royaume-Uni et les États-Unis."), ["CN:Pékin", "IT:Italie", "GB:Royaume-Uni", "US:États-Unis"]);
    assert.deepEqual(codes("Эксперты вылетели из Пекина в Италию, США и Южную Корею."), ["CN:Пекина", "IT:Италию", "US:США", "KR:Южную Корею"]);
  });

  test("demonyms in every gender and number (French nouns with a capital)", () => {
    assert.deepEqual(codes("la parte china, los médicos cubanos y la cancillería española"), ["CN:china", "CU:cubanos", "ES:española"]);
    assert.deepEqual(codes("les autorités chinoises, une équipe italienne et les Français"), ["CN:chinoises", "IT:italienne", "FR:Français"]);
    assert.deepEqual(codes("китайская сторона, российского посольства и итальянскими врачами"), ["CN:китайская", "RU:российского", "IT:итальянскими"]);
  });

  test("Russian cases of countries and cities, indeclinable names untouched", () => {
    assert.deepEqual(codes("в Китае, из Китая, с Ираном, в Москве, во Франции, в Перу"), ["CN:Китае", "CN:Китая", "IR:Ираном", "RU:Москве", "FR:Франции", "PE:Перу"]);
  });

  test("words that are names only sometimes are left alone", () => {
    assert.deepEqual(codes("Того же дня Маурисио пришёл."), []);
    assert.deepEqual(codes("Maurice a dit qu'une réunion aura lieu à Granada."), []);
    assert.deepEqual(codes("Llegó a Granada tras una Reunión en Guadalupe."), []);
  });
});
