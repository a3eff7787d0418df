import type UserConfig from "@11ty/eleventy/UserConfig";
import { relative } from "node:path";
import sitePlugin from "./src/site/plugin.ts";
import { TEMPLATES } from "./src/site/templates.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(sitePlugin);
}

export const config = {
  // Templates live with the site stage; layouts in _includes/. Data does not come from
  // Eleventy's data folder: sitePlugin validates _data/ and provides `site` and `timeline`.
  dir: { input: TEMPLATES.pages, includes: relative(TEMPLATES.pages, TEMPLATES.includes) },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
};
