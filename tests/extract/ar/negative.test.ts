/** Things that look like dates in Arabic news and are not. */
import { test } from "node:test";
import { testNoDates } from "../helpers.ts";

const cases: [string, string][] = [
  ["COVID-19 in Arabic and Latin script", "الالتهاب الرئوي الناجم عن فيروس كورونا الجديد (كوفيد-19) وCOVID-19 وكوفيد 19"],
  ["coronavirus disease 2019", "مرض فيروس كورونا 2019"],
  ["counts with nouns", "أرسلت 12 خبيرا و89 دولة و4 منظمات على 4 دفعات، و2019 حالة، و100 ألف كمامة"],
  ["clock times alone", "من الساعة السابعة مساء حتى السادسة صباحا، عند الساعة 12:43 فجرا، الساعة 10:30 ص"],
  ["view and read counters", "عدد المشاهدات: 2020 | عدد القراءات: 1520"],
  ["visions and agendas named after a year", "رؤية 2030 ورؤية المملكة 2030 وخطة التنمية المستدامة لعام 2030 وأجندة 2063 وإكسبو 2020 دبي"],
  ["law numbers with a year", "القانون رقم 8 لسنة 2020 والقرار رقم 12/2019 والعدد 8، 2020"],
  ["places and events named after a date", "مدينة 6 أكتوبر وميدان 6 أكتوبر وشارع 26 يوليو وثورة 25 يناير وأحداث 11 سبتمبر"],
  ["Hijri dates", "21 رجب 1441 هـ و2 شعبان 1441هـ ولعام 1441 هـ"],
  ["the direst need", "المستشفيات في أمس الحاجة إلى الدعم"],
  ["اليوم as 'the day'", "اليوم العالمي للصحة واليوم الوطني، واليوم الأول من المؤتمر، ومرتين في اليوم"],
  ["Friday prayer and 'the eleven'", "تعليق صلاة الجمعة وخطبة الجمعة، والأحد عشر لاعبا"],
  ["month names used as a verb or a brand", "مارس الرئيس ضغوطا، وكل من مارس العنف، وسيارة نيسان"],
  ["part words without a month", "في منتصف الليل وفي نهاية المطاف ونهاية العام الدراسي"],
  ["'general' العام", "الأمين العام الحالي والرأي العام الجاري"],
  ["counts before الماضية", "خلال الـ24 ساعة الماضية والأشهر الثلاثة الماضية"],
  ["percentages, money, decimals and phone numbers", "بنسبة 30 بالمئة، 1.2 مليار دولار، 3٫5 في المئة، هاتف 0097126661234"],
  ["ordinals that are not days", "وهو الأول من نوعه، والثاني من حيث الحجم"],
  ["days before another event", "قبل يومين من الانتخابات وقبل أيام من القمة"],
  ["until further notice", "تأجيل الدوري حتى إشعار آخر"],
  // A week is not a day; "الأسبوع الماضي" is last week's range (relative-weeks-years.test.ts), the next two weeks a span.
  ["the next two weeks are a span", "ارتفع العدد خلال الأسبوعين المقبلين"],
];

for (const [name, input] of cases) test(name, () => testNoDates("ar", input));

test("outlets named '… اليوم' are not today", () =>
  testNoDates("ar", "وذكرت صحيفة المصري اليوم أن الحكومة قررت، كما نقلت قناة روسيا اليوم عن مصدر"));
