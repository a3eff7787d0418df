/** `datelines <command>`: the editor's and developer's entry point to every stage. */
import { parseArgs } from "node:util";
import { relative } from "node:path";
import { parentData, SHARD_OF_BUILD } from "./build-processes.ts";

// Each command loads only what it needs: PDF, Word and spreadsheet readers, Eleventy and the desk
// take seconds to load, and `validate` or `extract` should not wait for them.
const validate = () => import("./validate.ts");
const curate = () => import("../curate/commands.ts");

const HELP = `Usage: datelines <command> [options]

Commands:
  add FILE|FOLDER...  Bring in documents (.html .htm .pdf .docx .md .txt): normalized text into
                      _data/documents/, an entry in sources.json, then their draft events
                      [--lang T] [--published YYYY-MM-DD]
  import FILE         Bring in a timeline (TimelineJS sheet as .csv/.xlsx, or TimelineJS 3 .json):
                      events, groups and eras, with a row-by-row report [--status S] [--dry-run]
  validate            Check every data file in _data/ and list all problems
  extract --json [--lang T] [--published YYYY-MM-DD] [--vague] FILE
                      Print every date mention in a document as JSON; --vague reads vague past
                      words too ("recently", 近期, مؤخرا), as the publication date with mod BEFORE
  extract [--source ID] [--published YYYY-MM-DD] [--workers N]
                      Propose draft events for every source (or one) into _data/drafts/, on
                      every core (or N worker threads), with progress
  promote DRAFT-ID [--id SLUG] [--to FILE]
                      Add a draft to _data/events/ as an event with status "draft"
  desk [--port N]     Review drafts and edit events in the browser, on this machine (default port
                      8081): accept, merge or dismiss drafts, edit, preview and publish events
  review [--port N] [--output F]
                      Serve the drafts beside their evidence on this machine (default port 8081),
                      or write that page to F
  build [--output D]  Validate, then build the site into _site/ (or D), a language at a time;
                      --lang T[,T…] builds those languages only, beside the others already in D;
                      a large site's languages are built in separate processes, one per core
                      at a time (or N with --workers N)
  serve [--port N]    Validate, build and serve the site with live reload (default port 8080), from
                      _site/ (or D with --output D); on a large site, an edit to events renders
                      only the pages that show them
  pdf [--output F]    Print the chronology to a PDF (default chronology.pdf), with bookmarks per month
                      and a title page; a slice of it with --country CC, --tag T, --group G,
                      --source ID, --from D, --to D (D: 2020, 2020-03 or 2020-03-15), in a
                      language of the site with --lang (e.g. ar, th, zh)
  schema              Write JSON Schemas for the data files to src/schema/generated/
  browser             Find Chromium for tests and PDFs, installing it with apt where possible

Exit status: 0 done, 1 problems in the data or a document (listed), 2 the command was used wrongly.

Environment:
  DATELINES_DATA      Data folder to use instead of _data/
  DATELINES_CHROMIUM  Chromium or Chrome executable for Playwright
  DATELINES_EVENTS_PER_PART   Events a build renders in one Eleventy run (default 2500)
  DATELINES_BUILD_MEMORY_MB   Heap of each language's build process on a large site (default 1536)
`;

const [command, ...rest] = process.argv.slice(2);
const OPTIONS = {
  json: { type: "boolean" },
  vague: { type: "boolean" },
  lang: { type: "string" },
  published: { type: "string" },
  output: { type: "string", short: "o" },
  port: { type: "string", short: "p" },
  source: { type: "string" },
  country: { type: "string" },
  tag: { type: "string" },
  group: { type: "string" },
  from: { type: "string" },
  id: { type: "string" },
  to: { type: "string" },
  status: { type: "string" },
  "dry-run": { type: "boolean" },
  report: { type: "string" },
  workers: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
/** Usage errors exit 2, problems in the data or a document exit 1, success 0. */
function parseOptions() {
  try {
    return parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`${(error as Error).message.split(". To specify")[0]}.\nRun \`datelines help\` for the commands and their options.`);
    process.exit(2);
  }
}
const { values, positionals } = parseOptions();

async function main(): Promise<number> {
  if (command === "help" || command === "--help" || command === "-h" || values.help) {
    console.log(HELP);
    return 0;
  }
  if (!command) {
    console.error(HELP);
    return 2;
  }
  switch (command) {
    case "validate":
      return (await validate()).validateCommand();
    case "extract":
      if (values.json || positionals[0] !== undefined) {
        return (await import("./extract.ts")).extractJsonCommand({ file: positionals[0], lang: values.lang, published: values.published, vague: values.vague });
      }
      return (await curate()).extractDraftsCommand({ source: values.source, published: values.published, workers: values.workers });
    case "add":
      return (await import("../curate/add-command.ts")).addCommand({ paths: positionals, lang: values.lang, published: values.published });
    case "import":
      return (await import("../curate/import.ts")).importCommand({ file: positionals[0], status: values.status, dryRun: values["dry-run"], report: values.report });
    case "promote":
      return (await curate()).promoteCommand({ draftId: positionals[0], id: values.id, to: values.to });
    case "desk":
      return (await import("../desk/command.ts")).deskCommand({ port: values.port });
    case "review":
      return (await curate()).reviewCommand({ port: values.port, output: values.output });
    case "build": {
      const workers = values.workers === undefined ? undefined : Number(values.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
        console.error(`--workers must be a whole number of processes, 1 or more (got "${values.workers}")`);
        return 2;
      }
      // The data is read once: the build's runs (a language, or a part of one, at a time) share what validation read,
      // and a language built by a child of a whole build takes what its parent read and validated (build-processes.ts).
      const fromParent = parentData();
      const { status, dataset } = fromParent ? { status: 0, dataset: fromParent } : await (await validate()).validatedData({ quiet: true, warnings: !process.env[SHARD_OF_BUILD] });
      return status || (await import("./eleventy.ts")).buildSite(values.output ?? "_site", { languages: values.lang?.split(","), dataset, workers });
    }
    case "serve": {
      const { status, dataset } = await (await validate()).validatedData({ quiet: true });
      return status || (await import("./eleventy.ts")).serveSite(Number(values.port ?? 8080), dataset, values.output);
    }
    case "pdf": {
      const { country, tag, group, source, from, to } = values;
      const slice = { country, tag, group, source, from, to };
      const pdf = await import("./pdf.ts");
      // Dates written wrongly are refused before the data is read; then the data is checked, as `build` does.
      return pdf.sliceUsageProblem(slice) || (await (await validate()).validateCommand({ quiet: true })) || pdf.pdfCommand({ output: values.output, lang: values.lang, slice });
    }
    case "schema":
      for (const file of await (await import("../schema/write-json-schemas.ts")).writeJsonSchemas()) console.log(`Wrote ${file}`);
      console.log(`Wrote ${relative(process.cwd(), (await import("../extract/drafts/json-schema.ts")).writeDraftsJsonSchema())}`);
      return 0;
    case "browser":
      console.log(`Chromium: ${(await import("../print/browser.ts")).ensureChromium()}`);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
