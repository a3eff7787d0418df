/** The Nunjucks that renders the site's templates: the one Eleventy itself imports. */
import { createRequire } from "node:module";

/**
 * Where the site's templates are, from the project root: the pages Eleventy paginates (and, under
 * their assets/, the CSS and scripts), and the layouts and partials pages include.
 */
export const TEMPLATES = { pages: "src/site/pages", includes: "_includes" } as const;

/** What renders a template by name: a Nunjucks environment. */
export interface TemplateRenderer {
  render(name: string, context: object): string;
}

interface Environment extends TemplateRenderer {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** The nunjucks that Eleventy itself imports. */
export const nunjucks = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("nunjucks") as {
  Environment: new (loader: unknown, options: object) => Environment;
  FileSystemLoader: new (paths: string[]) => unknown;
  Template: { prototype: object };
};
