// The desk's progressive enhancement. Everything works without it (forms post, the server finds
// pasted quotes); with it: quotes are taken from a selection in the document (offsets counted in
// code points, as the data stores them), the permalink id follows the headline, and the edit form
// is checked as you type by the same validation as the build.
"use strict";

const codePoints = (text) => [...text].length;

// The document pane: bring the current draft or the first citation into view, inside the pane only.
const pane = document.getElementById("document");
const focus = pane && (document.getElementById("current") || document.getElementById("cited"));
if (focus) pane.scrollTop += focus.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;

// Accept form: the id an empty field gives, as the headline is typed (the server makes the same).
const slug = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const accept = document.querySelector("form.accept");
if (accept) {
  const preview = accept.querySelector("[data-id-preview]");
  const fallback = preview.textContent;
  const headline = accept.querySelector("[name=headline]");
  const id = accept.querySelector("[name=id]");
  headline.addEventListener("input", () => {
    const s = slug(headline.value);
    const made = !s ? fallback : /^\d{4}(-\d{2}(-\d{2})?)?-/.test(s) ? s : `${accept.dataset.date}-${s}`;
    preview.textContent = made.slice(0, 80).replace(/-+$/, "");
    id.placeholder = preview.textContent;
  });
}

// Quotes by selection: the text before the selection, counted in code points, is its offset.
let selected = null;
const status = document.querySelector("[data-selection]");
function readSelection() {
  const selection = document.getSelection();
  if (!pane || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(pane);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const quote = raw.trim();
  if (!quote) return null;
  const start = codePoints(before.toString()) + codePoints(raw) - codePoints(raw.trimStart());
  return { source: pane.dataset.source, quote, start, end: start + codePoints(quote) };
}
document.addEventListener("selectionchange", () => {
  const now = readSelection();
  if (!now) return;
  // Pressing "Use the selected text" can report the same selection again: keep saying where it went.
  const same = selected && now.source === selected.source && now.start === selected.start && now.end === selected.end;
  selected = now;
  if (status && !same) status.textContent = `Selected: ${now.quote.length > 60 ? `${now.quote.slice(0, 57)}…` : now.quote}`;
});
for (const button of document.querySelectorAll("button.use-selection")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const box = button.closest("fieldset");
    const i = button.dataset.citation;
    const field = (name) => box.querySelector(`[name="citations.${i}.${name}"]`);
    if (!selected) {
      if (status) status.textContent = "Select the words to quote in the document first.";
      return;
    }
    if (box.dataset.source && box.dataset.source !== selected.source) {
      if (status) status.textContent = "That selection is in another document than this citation's.";
      return;
    }
    field("source").value = selected.source;
    field("quote").value = selected.quote;
    field("start").value = String(selected.start);
    field("end").value = String(selected.end);
    if (status) status.textContent = `Quote set for source ${Number(i) + 1}.`;
    scheduleCheck();
  });
}

// Live check: the same validation as a save, without saving; problems shown next to their fields.
const form = document.querySelector("form.event-form");
let timer = 0;
let sequence = 0;
function scheduleCheck() {
  if (!form) return;
  clearTimeout(timer);
  timer = setTimeout(check, 400);
}
async function check() {
  const mine = ++sequence;
  const response = await fetch(form.dataset.check, { method: "POST", body: new URLSearchParams(new FormData(form)) });
  if (!response.ok || mine !== sequence) return;
  const { words, problems } = await response.json();
  const output = document.getElementById("date-words");
  if (output) output.textContent = words;
  for (const list of form.querySelectorAll("[data-problems-for]")) {
    list.replaceChildren();
    list.hidden = true;
  }
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  for (const { field, message } of problems) {
    let key = field;
    let list = null;
    while (!(list = form.querySelector(`[data-problems-for="${CSS.escape(key)}"]`)) && key) key = key.includes(".") ? key.slice(0, key.lastIndexOf(".")) : "";
    if (!list) continue;
    const rest = field.slice(key.length + 1);
    // An item of a list (countries.1): the message names its value; the box it was typed in is marked.
    const inList = key !== field && /^\d+$/.test(rest);
    const item = document.createElement("li");
    item.textContent = key === field || inList ? message : `${rest || field}: ${message}`;
    list.append(item);
    list.hidden = false;
    const control = inList ? [...form.querySelectorAll(`[name="${CSS.escape(key)}"]`)].filter((input) => input.value.trim())[Number(rest)] : form.querySelector(`[name="${CSS.escape(field)}"]`);
    control?.setAttribute("aria-invalid", "true");
  }
}
if (form) {
  form.addEventListener("input", scheduleCheck);
  form.addEventListener("change", scheduleCheck);
}
