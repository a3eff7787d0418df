/** The edit form's media section: one group of fields per item, and a blank one to add an item. */
import type { MediaRow } from "../media-form.ts";
import { fieldId, FieldProblems, textArea, textInput } from "./fields.ts";
import { html, Html } from "./layout.ts";

export function mediaFields(rows: MediaRow[], problems: FieldProblems): Html {
  const all = [...rows, { index: "", src: "", alt: "", decorative: false, caption: "", credit: "", remove: false }];
  const checkbox = (i: number, name: string, label: string, checked: boolean) =>
    html`<div class="field check"><input type="checkbox" id="${fieldId(`media.${i}.${name}`)}" name="media.${i}.${name}"${checked ? new Html(" checked") : ""}><label for="${fieldId(`media.${i}.${name}`)}">${label}</label></div>`;
  return html`<h2 class="section">Media</h2>
${problems.take("media").map((m) => html`<p class="problem">${m}</p>`)}
${all.map((row, i) => html`<fieldset class="media${row.src ? "" : " new"}"><legend>${row.src ? `Media ${i + 1}` : "Add a picture, video, audio or document"}</legend>
<input type="hidden" name="media.${i}.index" value="${row.index}">
${textInput({ name: `media.${i}.src`, label: "Address", value: row.src, problems, hint: "An https:// address, or a file name in the data folder's media/ folder.", attrs: 'autocomplete="off" spellcheck="false"' })}
${textInput({ name: `media.${i}.alt`, label: "What it shows (alt text)", value: row.alt, problems, hint: "For readers who cannot see it; needed to publish a picture." })}
${checkbox(i, "decorative", "Decorative: it adds nothing a reader needs (no alt text then)", row.decorative)}
${textArea({ name: `media.${i}.caption`, label: "Caption", value: row.caption, problems, rows: 2 })}
${textInput({ name: `media.${i}.credit`, label: "Credit", value: row.credit, problems, hint: "Who made it or holds the rights; needed to publish." })}
${row.src ? checkbox(i, "remove", "Remove this item", false) : ""}
</fieldset>`)}`;
}
