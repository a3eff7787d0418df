/** The desk's page after adding documents, and the form that adds them (src/desk/add-documents.ts). */
import type { AddResult } from "../../curate/add.ts";
import { html, Html, page } from "./layout.ts";

/** The kinds of file `add` reads, for the file picker. */
const ADDABLE = ".html,.htm,.pdf,.docx,.md,.txt";

/** What became of each file added; `problem`: why nothing was. */
export function addResultPage(results: AddResult[], problem?: string): string {
  const row = (r: AddResult) => {
    const what =
      r.status === "added"
        ? html`added as <a href="/documents/${encodeURIComponent(r.source!)}">${r.source}</a>: ${r.drafts ?? 0} ${r.drafts === 1 ? "draft" : "drafts"} to review`
        : r.status === "duplicate"
          ? html`already added, as <a href="/documents/${encodeURIComponent(r.source!)}">${r.source}</a>`
          : html`<strong>not added</strong>: ${r.reason ?? ""}`;
    const confirm = [...r.confirm, ...r.warnings];
    return html`<tr><td><code>${r.file}</code></td><td>${what}</td><td>${r.lang ?? ""}</td><td>${r.published ? `${r.published.date ?? "—"} (${r.published.basis})` : ""}</td><td>${confirm.join("; ")}</td></tr>`;
  };
  const failed = results.some((r) => r.status === "failed" || r.status === "skipped");
  const body = html`<h1>Add documents</h1>
${results.length ? html`<table class="events"><thead><tr><th>File</th><th>What became of it</th><th>Language</th><th>Published (basis)</th><th>For you to confirm</th></tr></thead>
<tbody>${results.map(row)}</tbody></table>` : ""}
<p><a href="/">Back to the drafts</a></p>
${addForm()}`;
  const notices = problem ? [{ kind: "problem" as const, body: problem }] : failed ? [{ kind: "problem" as const, body: "Some files were not added: each says why and what to do." }] : [];
  return page({ title: "Add documents", current: "queue", notices, body });
}

/** The form that adds documents: on the drafts page, and again after each addition. */
export function addForm(): Html {
  return html`<form class="add-documents" method="post" action="/documents/add" enctype="multipart/form-data">
<h2>Add documents</h2>
<p class="hint" id="add-hint">Saved web pages (.html), PDFs, Word files (.docx), Markdown or plain text, in any language: each is read, entered in the sources with its title, language and publication date, and its dates proposed as drafts.</p>
<input type="file" name="files" id="add-files" multiple accept="${ADDABLE}" aria-describedby="add-hint" aria-label="Documents to add"> <button type="submit">Add</button>
</form>`;
}
