/** zh.vague, zh.as-of-now and the shared as-of refiner with 截至. */
import { test } from "node:test";
import { testCase } from "../helpers.ts";

const P = "2020-03-29";

test("日前 and 近日 are before the publication date; 前不久 too with the vague option", async () => {
  const text = "日前，两国举行视频会议。中国驻日本大使馆日前收到明信片。近日，世卫组织提高风险评估。前不久，双方签署协议。";
  const always = [
    { text: "日前", value: P, mod: "BEFORE" as const },
    { text: "日前", index: 20, value: P, mod: "BEFORE" as const },
    { text: "近日", value: P, mod: "BEFORE" as const },
  ];
  await testCase("zh", text, P, always);
  await testCase("zh", text, P, [...always, { text: "前不久", value: P, mod: "BEFORE" }], { vague: true });
});

test("前些天, 近期 and 几天前 are not read by default", () => testCase("zh", "前些天，近期，几天前，记者来到武汉。", P, []));

test("前些天 is vague past", () =>
  testCase("zh", "前些天，记者来到武汉。", P, [{ text: "前些天", value: P, mod: "BEFORE" }], { vague: true }));

test("日前 at the end of another word is not vague past", () =>
  testCase("zh", "节日前后，周日前往，近日内将公布，靠近日本的岛屿。", P, [{ text: "周日", value: "2020-03-29" }]));

test("as of now: 截至目前, 截至发稿时, 迄今为止", () =>
  testCase("zh", "截至目前，中国已分4批组织实施援助。截至记者发稿时，尚无确诊病例。迄今为止，共有89个国家受援。", P, [
    { text: "截至目前", value: P, mod: "ASOF", role: "asof" },
    { text: "截至记者发稿时", value: P, mod: "ASOF", role: "asof" },
    { text: "迄今为止", value: P, mod: "ASOF", role: "asof" },
  ]));

test("截至 before a date makes it an as-of date", () =>
  testCase("zh", "截至3月28日24时，全国累计报告确诊病例81439例。截止到27日，治愈出院7万余人。", P, [
    { text: "截至3月28日", value: "2020-03-28", mod: "ASOF", role: "asof" },
    { text: "截止到27日", value: "2020-03-27", mod: "ASOF", role: "asof" },
  ]));

test("截至今天 and 截至昨天", () =>
  testCase("zh", "截至今天，累计报告病例下降；截至昨天，治愈率超过90%。", P, [
    { text: "截至今天", value: "2020-03-29", mod: "ASOF", role: "asof" },
    { text: "截至昨天", value: "2020-03-28", mod: "ASOF", role: "asof" },
  ]));

test("近期 is vague past unless the clause looks ahead; 早前 (Hong Kong, Taiwan)", () =>
  testCase("zh", "近期，中国政府分批向日本捐赠物资。近期将召开第二次会议。政府早前宣布新措施。", P, [
    { text: "近期", value: P, mod: "BEFORE" },
    { text: "早前", value: P, mod: "BEFORE" },
  ], { vague: true }));

test("几天前 and 数日前 are vague past", () =>
  testCase("zh", "几天前，记者来到武汉；数日前，当地宣布解封。", P, [
    { text: "几天前", value: P, mod: "BEFORE" },
    { text: "数日前", value: P, mod: "BEFORE" },
  ], { vague: true }));

test("a time-zone phrase between 截至 and the date belongs to the as-of mention", () =>
  testCase("zh", "截至北京时间3月28日8时，全球确诊病例超过60万例；截至美国东部时间27日18时，美国病例超过10万例。", P, [
    { text: "截至北京时间3月28日", value: "2020-03-28", mod: "ASOF", role: "asof" },
    { text: "截至美国东部时间27日", value: "2020-03-27", mod: "ASOF", role: "asof" },
  ]));
