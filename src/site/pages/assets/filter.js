// In-page filter for lists of events: by country, tag and group, instantly, without a reload.
// Without JavaScript the form stays hidden and the country, tag and group pages do the same job.
(() => {
  const form = document.querySelector(".filter[role=search]");
  const items = [...document.querySelectorAll("li.event[data-countries]")];
  if (!form || items.length === 0) return;
  const [country, tag] = ["country", "tag"].map((name) => form.querySelector(`select[name=${name}]`));
  // Groups are few and named by the editors: their options come with the page (absent when there are none).
  const group = form.querySelector("select[name=group]") || { value: "" };
  const lang = document.documentElement.lang || "en";
  const regions = new Intl.DisplayNames([lang], { type: "region" });
  // Tag names in the page's language, or as written and marked with their language (data-tag-names).
  const tagNames = JSON.parse(form.dataset.tagNames || "{}");
  const fill = (select, values, label) => {
    const sorted = [...values].map((v) => [v, label(v)]).sort((a, b) => a[1].text.localeCompare(b[1].text, lang));
    for (const [value, name] of sorted) {
      const option = new Option(name.text, value);
      if (name.lang && name.lang !== lang) option.lang = name.lang;
      select.add(option);
    }
  };
  const split = (el, key) => (el.dataset[key] || "").split(" ").filter(Boolean);
  fill(country, new Set(items.flatMap((el) => split(el, "countries"))), (c) => ({ text: regions.of(c) || c }));
  fill(tag, new Set(items.flatMap((el) => split(el, "tags"))), (t) => tagNames[t] || { text: t.replace(/-/g, " ") });
  const status = form.querySelector("[role=status]");
  const apply = () => {
    let shown = 0;
    for (const el of items) {
      const match =
        (!country.value || split(el, "countries").includes(country.value)) &&
        (!tag.value || split(el, "tags").includes(tag.value)) &&
        (!group.value || el.dataset.group === group.value);
      el.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll("section.period, section.year")) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    }
    const words = form.dataset.shown || "{shown} of {total} events shown";
    status.textContent = country.value || tag.value || group.value ? words.replace("{shown}", shown).replace("{total}", items.length) : "";
  };
  form.addEventListener("change", apply);
  form.querySelector("button[name=reset]").addEventListener("click", () => {
    country.value = tag.value = group.value = "";
    apply();
  });
  form.hidden = false;
})();
