/**
 * Renders a printable chronology of a built site (`path`, /print/ by default) to PDF with Playwright:
 * its print style sheet sets the paper; headings become the PDF's outline (bookmarks per month).
 */
import { launchChromium } from "./browser.ts";
import { serveBuiltSite, SITE_ORIGIN } from "./built-site.ts";

export async function renderPdf(siteDir: string, outFile: string, path = "/print/"): Promise<{ foreignRequests: string[] }> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const foreignRequests = await serveBuiltSite(context, siteDir);
    const page = await context.newPage();
    const response = await page.goto(`${SITE_ORIGIN}${path}`, { waitUntil: "load" });
    if (!response?.ok()) throw new Error(`${siteDir}${path}index.html is missing: run \`npm run build\` first.`);
    await page.evaluate(() => document.fonts.ready);
    await page.pdf({ path: outFile, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { foreignRequests };
  } finally {
    await browser.close();
  }
}
