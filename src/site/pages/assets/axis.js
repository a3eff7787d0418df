// The time axis over the density chart (README: "The time axis"); kept terse for the page-weight budget.
// One slider for screen readers (its value: an event, as the list words it); the canvas is hidden from them.
(() => {
  const island = document.getElementById("time-axis-data");
  const figure = document.querySelector(".density-chart");
  const chart = figure && figure.querySelector("svg");
  if (!island || !chart) return;
  const { ui, eras, groups, data } = JSON.parse(island.textContent);
  const root = document.documentElement;
  const rtl = root.dir === "rtl";
  const lang = root.lang;
  const DAY = 864e5;
  const fmt = (o) => new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, { timeZone: "UTC", ...o });
  const [yearF, monthF, monthYearF, weekF, dayF] = [{ year: "numeric" }, { month: "short" }, { month: "short", year: "numeric" }, { day: "numeric", month: "short" }, { day: "numeric", month: "long", year: "numeric" }].map(fmt);
  const gregory = yearF.resolvedOptions().calendar !== "gregory" && fmt({ calendar: "gregory", era: "short", year: "numeric" });
  const num = (n) => n.toLocaleString(lang);
  const dayOf = (partial, last) => {
    const [y, m, d] = partial.split("-").map(Number);
    return d ? Date.UTC(y, m - 1, d) / DAY : last ? (m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1)) / DAY - 1 : Date.UTC(y, (m || 1) - 1, 1) / DAY;
  };
  const css = getComputedStyle(root);
  const [ink, accent, muted, rule, paper] = ["ink", "accent", "muted", "rule", "paper"].map((name) => css.getPropertyValue(`--${name}`));
  const font = `px ${css.fontFamily}`;
  const tracks = groups.map((g) => g[1]);
  const track = (key) => groups.findIndex((g) => g[0] === key) + 1 || groups.length + 1;
  let events = [];
  let pages = [];

  const make = (tag, parent, attributes) => {
    const el = parent.appendChild(document.createElement(tag));
    for (const name in attributes) el.setAttribute(name, attributes[name]);
    return el;
  };
  const caption = figure.querySelector("figcaption") || make("figcaption", figure);
  const [before, chartHeight] = [figure, chart].map((el) => el.getBoundingClientRect().height);
  const box = make("div", figure, { class: "time-axis", style: `height:${chartHeight}px` });
  const slider = make("div", box, { class: "time-axis-slider", tabindex: 0, role: "slider", "aria-label": ui.label, "aria-describedby": "time-axis-hint" });
  const canvas = make("canvas", slider, { "aria-hidden": "true" });
  const zoom = make("div", box, { class: "time-axis-zoom" });
  [["−", ui.zoomOut, 0.5], ["+", ui.zoomIn, 2]].forEach(([text, label, factor]) => {
    make("button", zoom, { type: "button", "aria-label": label }).textContent = text;
    zoom.lastChild.onclick = () => zoomAt(factor, x(events[active].start));
  });
  const tip = make("p", box, { class: "time-axis-tip", "aria-hidden": "true", hidden: "" });
  chart.setAttribute("hidden", "");
  figure.prepend(box);
  Object.assign(caption, { id: "time-axis-hint", className: "time-axis-hint", textContent: ui.hint });
  box.style.height = `${chartHeight + before - figure.getBoundingClientRect().height}px`;

  let width = 0, tall = 0, from = 0, scale = 0, minScale = 1, first = 0, last = 0, longest = 0, active = 0, queued;
  const x = (day) => (rtl ? width - (day - from) * scale : (day - from) * scale);
  const dayAt = (px) => from + (rtl ? width - px : px) / scale;
  const update = () => {
    scale = Math.min(40, Math.max(minScale, scale));
    const span = width / scale;
    from = Math.min(last + span / 20 - span, Math.max(first - span / 20, from));
    queued ||= requestAnimationFrame(paint);
  };
  const zoomAt = (factor, px) => {
    const day = dayAt(px);
    scale *= factor;
    from = day - (rtl ? width - px : px) / scale;
    update();
  };
  const panBy = (px) => {
    from -= (rtl ? -px : px) / scale;
    update();
  };

  const ctx = canvas.getContext("2d");
  let counts = new Uint16Array(0);
  const rows = () => {
    const top = eras.length ? 14 : 2, bottom = tall - 16;
    return [top, bottom, (bottom - top) / tracks.length];
  };
  const text = (words, at, y, size = 11) => {
    ctx.font = size + font;
    Object.assign(ctx, { lineWidth: 3, strokeStyle: paper });
    for (const draw of ["strokeText", "fillText"]) ctx[draw](words, rtl ? at - 3 : at + 3, y);
  };
  function paint() {
    queued = 0;
    if (!events.length) return;
    const began = performance.now();
    const [top, bottom, h] = rows();
    const level = (box.dataset.level = scale * 7 >= 50 ? "weeks" : scale * 30 >= 40 ? "months" : "years");
    ctx.clearRect(0, 0, width, tall);
    ctx.direction = rtl ? "rtl" : "ltr";
    ctx.textBaseline = "top";
    eras.forEach(([label, start, end], i) => {
      const [a, b] = [x(dayOf(start)), x(dayOf(end, true) + 1)].sort((p, q) => p - q);
      ctx.fillStyle = i % 2 ? "#e2ddd2" : "#efe9dc";
      ctx.fillRect(a, 0, b - a, bottom);
      ctx.save();
      ctx.beginPath();
      ctx.rect(a, 0, b - a, top);
      ctx.clip();
      ctx.fillStyle = ink;
      text(label, rtl ? Math.min(b, width) : Math.max(a, 0), 1);
      ctx.restore();
    });
    const startDay = Math.floor(dayAt(rtl ? width : 0)), endDay = dayAt(rtl ? 0 : width);
    const d = new Date(startDay * DAY), y0 = d.getUTCFullYear();
    const step = level === "weeks" ? 7 : level === "months" ? [1, 2, 3, 6].find((s) => s * 30 * scale >= 48) || 12 : [1, 2, 5, 10, 20].find((s) => s * 365 * scale >= (gregory ? 110 : 44)) || 50;
    ctx.fillStyle = rule;
    ctx.fillRect(0, bottom, width, 1);
    for (let i = 0; ; i += step) {
      const at = level === "weeks" ? new Date((startDay - ((d.getUTCDay() + 6) % 7) + i) * DAY) : level === "months" ? new Date(Date.UTC(y0, i)) : new Date(Date.UTC(y0 - (y0 % step) + i, 0));
      const day = at / DAY, strong = level !== "weeks" && !at.getUTCMonth();
      if (day > endDay) break;
      const a = Math.round(x(day));
      ctx.fillStyle = strong ? muted : rule;
      ctx.fillRect(a, strong ? 0 : bottom - 4, 1, strong ? bottom : 4);
      ctx.fillStyle = strong ? ink : muted;
      text(level === "weeks" ? weekF.format(at) : level === "years" ? yearF.format(at) + (gregory ? ` (${gregory.format(at)})` : "") : (strong ? monthYearF : monthF).format(at), a, bottom + 3);
    }
    ctx.textBaseline = "middle";
    const cols = Math.ceil(width / 3) + 1;
    if (counts.length < cols * tracks.length) counts = new Uint16Array(cols * tracks.length);
    counts.fill(0);
    ctx.fillStyle = accent;
    for (let i = search(dayAt(rtl ? width : 0) - longest), end = search(endDay + 1); i < end; i++) {
      const e = events[i], a = x(e.start), c = Math.floor(a / 3);
      if (e.end > e.start + 1 && e.end - e.start < 364) {
        ctx.globalAlpha = 0.35;
        ctx.fillRect(a, top + (e.track + 0.5) * h - 1.5, x(e.end + 1) - a, 3);
        ctx.globalAlpha = 1;
      }
      if (c >= 0 && c < cols) counts[e.track * cols + c]++;
    }
    counts.forEach((n, k) => {
      const mid = top + (Math.floor(k / cols) + 0.5) * h, bar = n > 1 ? Math.min(h - 2, 6 + Math.log2(n) * 3) : 6;
      if (n) ctx.fillRect((k % cols) * 3 - 1, mid - bar / 2, n > 1 ? 4 : 5, bar);
    });
    ctx.fillStyle = muted;
    if (h >= 11 && tracks.length > 1) tracks.forEach((name, t) => text(name, rtl ? width : 0, top + (t + 0.5) * h, 10));
    const e = events[active], a = Math.round(x(e.start)) + 0.5;
    Object.assign(ctx, { strokeStyle: ink, lineWidth: 1 });
    ctx.strokeRect(a, top, 0, bottom - top);
    ctx.lineWidth = 2;
    ctx.strokeRect(a - 4.5, top + (e.track + 0.5) * h - 5, 9, 10);
    if (!box.dataset.ready) performance.mark("axis-ready"), (box.dataset.ready = level);
    window.axisFrames?.push(performance.now() - began);
  }

  function search(day) {
    let a = 0, b = events.length;
    while (a < b) {
      const m = (a + b) >> 1;
      events[m].start < day ? (a = m + 1) : (b = m);
    }
    return a;
  }

  function hit(px, py) {
    const [top, , h] = rows();
    const t = Math.floor((py - top) / h);
    let best = -1, bestD = 7;
    for (let i = search(Math.min(dayAt(px - 6), dayAt(px + 6)) - 1); events[i]?.start <= Math.max(dayAt(px - 6), dayAt(px + 6)); i++) {
      const dist = Math.abs(x(events[i].start) - px);
      if (events[i].track !== t && tracks[t]) continue;
      if (dist < bestD) (bestD = dist), (best = i);
    }
    return best;
  }

  const wording = (i) => {
    const e = events[i];
    return e.headline ? `${e.label}: ${e.headline}` : `${dayF.format(e.start * DAY)} (${ui.eventOf.replace("{i}", num(i + 1)).replace("{n}", num(events.length))})`;
  };
  const select = (i) => {
    active = Math.max(0, Math.min(events.length - 1, i));
    slider.setAttribute("aria-valuenow", active + 1);
    slider.setAttribute("aria-valuetext", wording(active));
    const a = x(events[active].start);
    if (a < 20 || a > width - 20) from = events[active].start - width / 2 / scale;
    if (width) update();
  };
  const go = (i) => {
    const { id, page } = events[i];
    const item = document.getElementById(id);
    if (!item) return location.assign(`${pages[page]}#${id}`);
    if (item.closest("[hidden]")) document.querySelector(".filter [name=reset]")?.click(); // filtered out: show all
    history.pushState(null, "", `#${id}`);
    item.tabIndex = -1;
    item.scrollIntoView();
    item.focus({ preventScroll: true });
  };

  slider.onkeydown = (ev) => {
    const key = ev.key;
    const move = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[key];
    if (move) select(active + move);
    else if (key === "Home" || key === "End") select(key === "Home" ? 0 : events.length);
    else if ("+=-_".includes(key)) zoomAt("+=".includes(key) ? 2 : 0.5, x(events[active].start));
    else if (key === "Enter" || key === " ") go(active);
    else return;
    ev.preventDefault();
  };

  let down, moved;
  const local = (ev) => {
    const r = canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  };
  canvas.onpointerdown = (ev) => {
    canvas.setPointerCapture(ev.pointerId);
    down = ev.clientX;
    moved = 0;
  };
  canvas.onpointermove = (ev) => {
    tip.hidden = true;
    if (down === undefined) {
      const found = hit(...local(ev));
      if (found < 0) return;
      const [px] = local(ev);
      tip.textContent = wording(found);
      tip.style.insetInlineStart = `${Math.max(0, Math.min(rtl ? width - px : px, width - 240))}px`;
      return (tip.hidden = false);
    }
    moved += Math.abs(ev.clientX - down);
    panBy(ev.clientX - down);
    down = ev.clientX;
  };
  canvas.onpointerup = canvas.onpointercancel = (ev) => {
    const found = ev.type === "pointerup" && moved < 5 && hit(...local(ev));
    down = undefined;
    if (found >= 0) select(found), go(found);
  };
  canvas.onpointerleave = () => (tip.hidden = true);
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [dx, dy] = [ev.deltaX, ev.deltaY];
    if (ev.ctrlKey) zoomAt(Math.exp(-dy / 200), local(ev)[0]);
    else panBy(Math.abs(dx) > Math.abs(dy) ? -dx : rtl ? dy : -dy);
  }, { passive: false });

  function start(list) {
    events = list.sort((a, b) => a.start - b.start);
    if (!events.length) return;
    for (const e of events) e.track--;
    if (events.some((e) => e.track === groups.length)) tracks.push(ui.otherGroup);
    first = events[0].start;
    for (const e of events) (last = Math.max(last, e.end + 1)), (longest = Math.max(longest, e.end - e.start));
    slider.setAttribute("aria-valuemin", 1);
    slider.setAttribute("aria-valuemax", events.length);
    new ResizeObserver(() => {
      const ratio = devicePixelRatio;
      [width, tall] = [canvas.clientWidth, canvas.clientHeight];
      [canvas.width, canvas.height] = [width * ratio, tall * ratio];
      ctx.scale(ratio, ratio);
      ctx.font = 10 + font;
      const gutter = tracks.length > 1 ? Math.min(width / 3, 8 + Math.max(...tracks.map((t) => ctx.measureText(t).width))) : 0;
      minScale = (width - gutter) / Math.max(30, (last - first) * 1.1);
      if (!scale) (scale = minScale), (from = (first + last - (width + gutter) / scale) / 2);
      update();
    }).observe(canvas);
    select(0);
  }
  const items = document.querySelectorAll("li.event");
  if (data) {
    const get = (url) => fetch(url).then((r) => r.json());
    get(data)
      .then((index) => ((pages = index.pages), Promise.all(index.parts.map(get))))
      .then((parts) => start(parts.flat().map(([begin, end, group, id, page]) => ({ id, page, start: dayOf(begin), end: dayOf(end || begin, true), track: track(group) }))));
  } else if (items.length) {
    start([...items].map((li) => {
      const time = li.querySelector("time"), begin = time.getAttribute("datetime");
      return { id: li.id, start: dayOf(begin), end: dayOf(li.dataset.end || begin, true), track: track(li.dataset.group), label: time.textContent, headline: li.querySelector(".event-headline a").textContent };
    }));
  }
})();
