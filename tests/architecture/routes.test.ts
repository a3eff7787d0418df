/**
 * Every URL of the site is made in src/site/routes.ts. Templates ask through filters
 * (`route`, `countryUrl`, `tagUrl`, `pageIn`, `fullUrl`, `assetUrl`) or read a view's `url`;
 * they never join a language prefix or the site's address to a path, nor write a path.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { ROOT } from "../support/fixture.ts";

const TEMPLATE_PATTERNS: [RegExp, string][] = [
  [/prefix\s*\}\}|\.prefix\s*[+~]|[+~]\s*\w+\.prefix\b/, "joins a language prefix to a path"],
  [/site\.url\s*\}\}\s*\{\{|site\.url\s*[+~]/, "joins the site's address to a path"],
  [/(?:href|src|action|data-index)="\//, "writes a site path"],
  [/^permalink:\s*"?\//m, "writes a site path as its permalink"],
];
const CODE_PATTERNS: [RegExp, string][] = [
  [/`\$\{\s*(?:\w+\.)?prefix\s*\}\//, "joins a language prefix to a path"],
  [/`\$\{\s*(?:\w+\.)*url\s*\}\$\{|(?:\w+\.)?site\.url\s*\+/, "joins the site's address to a path"],
];

test("templates make no URLs of their own", () => {
  const found = files(["_includes", "src/site/pages"], /\.njk$/).flatMap((file) => offences(file, TEMPLATE_PATTERNS));
  assert.deepEqual(found, [], "use the route filters (src/site/filters.ts), which call src/site/routes.ts");
});

test("the site's code makes URLs only in routes.ts", () => {
  const code = files(["src/site"], /\.ts$/).filter((f) => !f.endsWith(join("src", "site", "routes.ts")));
  const found = code.flatMap((file) => offences(file, CODE_PATTERNS));
  assert.deepEqual(found, [], "ask src/site/routes.ts");
});

function offences(file: string, patterns: [RegExp, string][]): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => patterns.filter(([re]) => re.test(line)).map(([, what]) => `${relative(ROOT, file)}:${i + 1} ${what}: ${line.trim().slice(0, 120)}`));
}

function files(dirs: string[], name: RegExp): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const path = join(dir, n);
      return statSync(path).isDirectory() ? walk(path) : name.test(n) ? [path] : [];
    });
  return dirs.flatMap((d) => walk(join(ROOT, d)));
}
