/**
 * Form controls for the edit page, each with its label, its problems beside it (marked
 * aria-invalid and described by them) and nothing else. Field names are the event's JSON
 * paths with dots, the same names validation problems are reported under.
 */
import { html, Html } from "./layout.ts";

export class FieldProblems {
  private readonly byField = new Map<string, string[]>();
  private readonly shown = new Set<string>();

  constructor(problems: readonly { field: string; message: string }[]) {
    for (const p of problems) this.byField.set(p.field, [...(this.byField.get(p.field) ?? []), p.message]);
  }

  /** Messages for this field and everything under it (citations.0 takes citations.0.start). */
  take(field: string, nested = false, prefix = true): string[] {
    const keys = [...this.byField.keys()].filter((k) => k === field || (nested && k.startsWith(`${field}.`)));
    keys.forEach((k) => this.shown.add(k));
    return keys.flatMap((k) => this.byField.get(k)!.map((m) => (k === field || !prefix ? m : `${k.slice(field.length + 1)}: ${m}`)));
  }

  /** Whether this very field has a problem. */
  has(field: string): boolean {
    return this.byField.has(field);
  }

  /** Problems no field showed (the event as a whole, or fields the form has no control for). */
  leftover(): { field: string; message: string }[] {
    return [...this.byField].filter(([k]) => !this.shown.has(k)).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  }

  get count(): number {
    return [...this.byField.values()].reduce((n, m) => n + m.length, 0);
  }
}

export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9]+/g, "-")}`;

export interface ControlOptions {
  name: string;
  label: string | Html;
  value: string;
  problems: FieldProblems;
  /** Problems of fields under this one shown here too. */
  nested?: boolean;
  hint?: string;
  lang?: string;
  dir?: string;
  /** Extra attributes, already safe. */
  attrs?: string;
  id?: string;
}

function describe(o: ControlOptions, id: string): { messages: Html; attrs: Html } {
  const messages = o.problems.take(o.name, o.nested);
  const described = [o.hint ? `${id}-hint` : "", `${id}-problems`].filter(Boolean).join(" ");
  const attrs = new Html(
    `${described ? ` aria-describedby="${described}"` : ""}${messages.length ? ' aria-invalid="true"' : ""}${o.lang ? ` lang="${o.lang}" dir="${o.dir ?? "auto"}"` : ""}${o.attrs ? ` ${o.attrs}` : ""}`,
  );
  const list = messages.length ? html`<ul class="problems" id="${id}-problems" data-problems-for="${o.name}">${messages.map((m) => html`<li>${m}</li>`)}</ul>` : html`<ul class="problems" id="${id}-problems" data-problems-for="${o.name}" hidden></ul>`;
  return { messages: list, attrs };
}

function hint(o: ControlOptions, id: string): Html {
  return o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : html``;
}

export function textInput(o: ControlOptions): Html {
  const id = o.id ?? fieldId(o.name);
  const { messages, attrs } = describe(o, id);
  return html`<div class="field"><label for="${id}">${o.label}</label>${hint(o, id)}<input id="${id}" name="${o.name}" value="${o.value}"${attrs}>${messages}</div>`;
}

export function textArea(o: ControlOptions & { rows?: number }): Html {
  const id = o.id ?? fieldId(o.name);
  const { messages, attrs } = describe(o, id);
  return html`<div class="field"><label for="${id}">${o.label}</label>${hint(o, id)}<textarea id="${id}" name="${o.name}" rows="${o.rows ?? 3}"${attrs}>${o.value}</textarea>${messages}</div>`;
}

export function select(o: ControlOptions & { options: { value: string; label: string }[] }): Html {
  const id = o.id ?? fieldId(o.name);
  const { messages, attrs } = describe(o, id);
  const options = o.options.map((opt) => html`<option value="${opt.value}"${opt.value === o.value ? new Html(" selected") : ""}>${opt.label}</option>`);
  return html`<div class="field"><label for="${id}">${o.label}</label>${hint(o, id)}<select id="${id}" name="${o.name}"${attrs}>${options}</select>${messages}</div>`;
}

/** A list of values as one input each (plus blanks to add more), completed from `list`. */
export function listInputs(o: { name: string; legend: string; item: string; values: string[]; list: string; problems: FieldProblems; hint: string; blanks?: number }): Html {
  const values = [...o.values, ...Array(o.blanks ?? 2).fill("")];
  const messages = o.problems.take(o.name, true, false);
  return html`<fieldset class="list" id="${fieldId(o.name)}"><legend>${o.legend}</legend><p class="hint">${o.hint}</p>
${values.map((v, i) => html`<label class="visually-hidden" for="${fieldId(`${o.name}-${i}`)}">${o.item} ${i + 1}</label><input id="${fieldId(`${o.name}-${i}`)}" name="${o.name}" value="${v}" list="${o.list}" size="18"${o.problems.has(`${o.name}.${i}`) ? new Html(' aria-invalid="true"') : ""}>`)}
<ul class="problems" data-problems-for="${o.name}"${messages.length ? "" : new Html(" hidden")}>${messages.map((m) => html`<li>${m}</li>`)}</ul>
</fieldset>`;
}
