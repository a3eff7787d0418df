// The time axis: the density chart, when scripts run, becomes an axis readers move along (drag, wheel,
// pinch, keys) and zoom (years → months → weeks). Events are marks in one track per group, eras are bands,
// crowded columns are counted. Choosing a mark goes to the event in the list (focus and hash) or, when the
// timeline is too long for one page, to its archive page (marks then come from axis.json). The list stays
// the content: the axis is one slider whose value is an event ("date: headline"); its drawing is a canvas.
(() => {
  const island = document.getElementById("time-axis-data");
  const figure = document.querySelector(".density-chart");
  const chart = figure && figure.querySelector("svg");
  if (!island || !chart || !window.HTMLCanvasElement) return;
  const cfg = JSON.parse(island.textContent);
  const ui = cfg.ui;
  const rtl = document.documentElement.dir === "rtl";
  const lang = document.documentElement.lang || "en";
  const locale = lang === "en" ? "en-GB" : lang; // as date-label.ts: day before month in English
  const DAY = 864e5;
  const fmt = (o) => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...o });
  const [yearF, monthF, monthYearF, weekF, dayF] = [{ year: "numeric" }, { month: "short" }, { month: "short", year: "numeric" }, { day: "numeric", month: "short" }, { day: "numeric", month: "long", year: "numeric" }].map(fmt);
  // Where the page's calendar is not the Gregorian one (Thai), year labels carry the Gregorian year too, as the list's do.
  const gregory = yearF.resolvedOptions().calendar === "gregory" ? null : fmt({ calendar: "gregory", era: "short", year: "numeric" });
  const yearLabel = (d) => yearF.format(d) + (gregory ? ` (${gregory.format(d)})` : "");
  // "2020", "2020-03", "2020-03-03" → first (or last) day, as days since 1970.
  const dayOf = (partial, last) => {
    const [y, m, d] = partial.split("-").map(Number);
    if (d) return Date.UTC(y, m - 1, d) / DAY;
    return last ? (m ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1)) / DAY - 1 : Date.UTC(y, (m || 1) - 1, 1) / DAY;
  };
  const css = getComputedStyle(document.documentElement);
  const color = (name) => css.getPropertyValue(name).trim();
  const [ink, accent, muted, paper, rule] = ["--ink", "--accent", "--muted", "--paper", "--rule"].map(color);
  const font = getComputedStyle(figure).fontFamily;

  const groupIndex = new Map(cfg.groups.map(([key], i) => [key, i]));
  const tracks = cfg.groups.map(([, name]) => name);
  let events = []; // { start, end, track, id, label?, headline?, page? }, in date order
  let pages = [];

  // The widget, in place of the chart and just as tall, so nothing below it moves.
  const caption = figure.querySelector("figcaption");
  const before = figure.getBoundingClientRect().height;
  const box = document.createElement("div");
  box.className = "time-axis";
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  const slider = document.createElement("div");
  Object.assign(slider, { className: "time-axis-slider", tabIndex: 0 });
  slider.setAttribute("role", "slider");
  slider.setAttribute("aria-label", ui.label);
  slider.setAttribute("aria-orientation", "horizontal");
  const tip = document.createElement("p");
  tip.className = "time-axis-tip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  const zoomButtons = document.createElement("div");
  zoomButtons.className = "time-axis-zoom";
  for (const [text, label, factor] of [["−", ui.zoomOut, 0.5], ["+", ui.zoomIn, 2]]) {
    const b = document.createElement("button");
    Object.assign(b, { type: "button", textContent: text });
    b.setAttribute("aria-label", label);
    b.addEventListener("click", () => zoomAt(factor, activeX()));
    zoomButtons.append(b);
  }
  slider.append(canvas);
  box.append(slider, zoomButtons, tip);
  const chartHeight = chart.getBoundingClientRect().height || 64;
  box.style.height = `${chartHeight}px`;
  chart.setAttribute("hidden", ""); // an SVG element has no `hidden` property
  chart.after(box);
  // The caption becomes the axis's key hint: read with the slider, shown in the tip while it has keyboard focus.
  // Its line goes to the axis, so the figure keeps its height exactly and nothing below it moves.
  if (caption) {
    caption.id ||= "time-axis-hint";
    caption.textContent = ui.hint;
    caption.classList.add("time-axis-hint");
    slider.setAttribute("aria-describedby", caption.id);
  }
  box.style.height = `${Math.max(40, chartHeight + before - figure.getBoundingClientRect().height)}px`;
  slider.addEventListener("focus", () => {
    if (!slider.matches(":focus-visible")) return;
    tip.textContent = ui.hint;
    tip.style.insetInlineStart = "0";
    tip.hidden = false;
  });
  slider.addEventListener("blur", () => (tip.hidden = true));

  // The view: `from` is the day at the start edge (left, or right in Arabic), `scale` pixels per day.
  let width = 0, tall = 0, from = 0, scale = 1, minScale = 1, first = 0, last = 0, longest = 0, active = 0;
  const MAX_SCALE = 40; // a week is 280 px: the closest zoom
  const x = (day) => (rtl ? width - (day - from) * scale : (day - from) * scale);
  const dayAt = (px) => from + (rtl ? width - px : px) / scale;
  const activeX = () => (events.length ? x(events[active].start) : width / 2);
  const clamp = () => {
    scale = Math.min(MAX_SCALE, Math.max(minScale, scale));
    const span = width / scale, pad = span * 0.05;
    from = Math.min(last + pad - span, Math.max(first - pad, from));
  };
  const zoomAt = (factor, px) => {
    const day = dayAt(px);
    scale *= factor;
    from = day - (rtl ? width - px : px) / scale;
    clamp();
    draw();
  };
  const panBy = (px) => {
    from -= (rtl ? -px : px) / scale;
    clamp();
    draw();
  };

  // Drawing, at most once a frame. Marks are counted per 3 px column and track: one event is a dot, more a bar.
  const ctx = canvas.getContext("2d");
  const COL = 3;
  let counts = new Uint16Array(0), queued = false;
  const draw = () => {
    if (!queued) (queued = true), requestAnimationFrame(paint);
  };
  const rows = () => {
    const top = cfg.eras.length ? 14 : 2, bottom = tall - 16;
    return { top, bottom, h: (bottom - top) / Math.max(1, tracks.length) };
  };
  function paint(now) {
    queued = false;
    const { top, bottom, h } = rows();
    box.dataset.level = scale * 7 >= 50 ? "weeks" : scale * 30 >= 40 ? "months" : "years";
    ctx.clearRect(0, 0, width, tall);
    ctx.font = `11px ${font}`;
    ctx.direction = rtl ? "rtl" : "ltr";
    ctx.textBaseline = "top";
    ctx.textAlign = "start";
    cfg.eras.forEach(([label, start, end], i) => {
      const [a, b] = [x(dayOf(start)), x(dayOf(end, true) + 1)].sort((p, q) => p - q);
      if (b < 0 || a > width) return;
      ctx.fillStyle = i % 2 ? "#e2ddd2" : "#efe9dc";
      ctx.fillRect(a, 0, b - a, bottom);
      ctx.save();
      ctx.beginPath();
      ctx.rect(a, 0, b - a, top);
      ctx.clip();
      ctx.fillStyle = ink;
      ctx.fillText(label, rtl ? Math.min(b, width) - 3 : Math.max(a, 0) + 3, 1);
      ctx.restore();
    });
    ticks(bottom);
    // Group names first, faint, at the start edge of their tracks: marks are drawn over them.
    if (h >= 11 && tracks.length > 1) {
      ctx.font = `10px ${font}`;
      ctx.textBaseline = "middle";
      ctx.fillStyle = muted;
      tracks.forEach((name, t) => ctx.fillText(name, rtl ? width - 3 : 3, top + (t + 0.5) * h));
      ctx.textBaseline = "top";
    }
    const cols = Math.ceil(width / COL) + 1;
    if (counts.length < cols * tracks.length) counts = new Uint16Array(cols * tracks.length);
    else counts.fill(0);
    const lo = search(dayAt(rtl ? width : 0) - longest), hi = search(dayAt(rtl ? 0 : width) + 1);
    ctx.fillStyle = accent;
    for (let i = lo; i < hi; i++) {
      const e = events[i], a = x(e.start), mid = top + (e.track + 0.5) * h;
      if (e.end > e.start + 1) {
        const b = x(e.end + 1);
        ctx.globalAlpha = 0.35;
        ctx.fillRect(Math.min(a, b), mid - 1.5, Math.abs(b - a), 3);
        ctx.globalAlpha = 1;
      }
      const c = Math.floor(a / COL);
      if (c >= 0 && c < cols) counts[e.track * cols + c]++;
    }
    for (let t = 0; t < tracks.length; t++) {
      const mid = top + (t + 0.5) * h;
      for (let c = 0; c < cols; c++) {
        const n = counts[t * cols + c];
        if (n === 1) ctx.fillRect(c * COL - 1, mid - 3, 5, 6);
        else if (n > 1) {
          const bar = Math.min(h - 2, 6 + Math.log2(n) * 3);
          ctx.fillRect(c * COL - 1, mid - bar / 2, COL + 1, bar);
        }
      }
    }
    if (events.length) {
      const e = events[active], a = Math.round(x(e.start)) + 0.5;
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(a, top);
      ctx.lineTo(a, bottom);
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeRect(a - 4.5, top + (e.track + 0.5) * h - 5, 9, 10);
    }
    box.dataset.ready = "";
    if (window.axisFrames) window.axisFrames.push(now);
  }

  // Ticks and their labels: years, months or weeks (Mondays), whichever fits at this zoom.
  function ticks(bottom) {
    const startDay = Math.floor(dayAt(rtl ? width : 0)), endDay = Math.ceil(dayAt(rtl ? 0 : width));
    const level = box.dataset.level;
    const d = new Date(startDay * DAY);
    const marks = [];
    if (level === "weeks") {
      for (let day = startDay - ((d.getUTCDay() + 6) % 7); day <= endDay; day += 7) marks.push([day, weekF.format(new Date(day * DAY)), false]);
    } else if (level === "months") {
      const step = [1, 2, 3, 6].find((s) => s * 30 * scale >= 48) || 12;
      for (let y = d.getUTCFullYear(), m = 0; Date.UTC(y, m, 1) / DAY <= endDay; m += step) {
        const at = new Date(Date.UTC(y, m, 1));
        if (at.getTime() / DAY >= startDay - 31) marks.push([at.getTime() / DAY, (at.getUTCMonth() === 0 ? monthYearF : monthF).format(at), at.getUTCMonth() === 0]);
      }
    } else {
      const step = [1, 2, 5, 10, 20, 50].find((s) => s * 365 * scale >= (gregory ? 110 : 44)) || 100;
      for (let y = Math.floor(d.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) / DAY <= endDay; y += step) {
        const at = new Date(Date.UTC(y, 0, 1));
        marks.push([at.getTime() / DAY, yearLabel(at), true]);
      }
    }
    ctx.fillStyle = rule;
    ctx.fillRect(0, bottom, width, 1);
    ctx.textBaseline = "top";
    ctx.font = `11px ${font}`;
    for (const [day, label, strong] of marks) {
      const a = Math.round(x(day));
      ctx.fillStyle = strong ? muted : rule;
      ctx.fillRect(a, strong ? 0 : bottom - 4, 1, strong ? bottom : 4);
      ctx.fillStyle = strong ? ink : muted;
      ctx.fillText(label, rtl ? a - 3 : a + 3, bottom + 3);
    }
  }

  // The first event starting on or after `day`.
  function search(day) {
    let a = 0, b = events.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (events[m].start < day) a = m + 1;
      else b = m;
    }
    return a;
  }

  // The event under a point: the nearest within a few pixels, in the track under it if any.
  function hit(px, py) {
    const { top, h } = rows();
    const track = Math.floor((py - top) / h);
    const [a, b] = [dayAt(px - 6), dayAt(px + 6)].sort((p, q) => p - q);
    let best = -1, bestD = Infinity, n = 0;
    for (let i = search(a - 1); i < events.length && events[i].start <= b; i++) {
      if (events[i].track !== track && track >= 0 && track < tracks.length) continue;
      const dist = Math.abs(x(events[i].start) - px);
      if (dist <= 6) n++;
      if (dist < bestD) (bestD = dist), (best = i);
    }
    return best < 0 ? null : { i: best, n };
  }

  // The slider's value: one event, worded as the list words it.
  const count = (n) => (cfg.events[new Intl.PluralRules(lang).select(n)] || cfg.events.other).replace("{n}", n.toLocaleString(lang));
  const wording = (i) => {
    const e = events[i];
    const label = e.label || dayF.format(new Date(e.start * DAY));
    return e.headline ? `${label}: ${e.headline}` : `${label} (${ui.eventOf.replace("{i}", (i + 1).toLocaleString(lang)).replace("{n}", events.length.toLocaleString(lang))})`;
  };
  const select = (i) => {
    active = Math.max(0, Math.min(events.length - 1, i));
    slider.setAttribute("aria-valuenow", active + 1);
    slider.setAttribute("aria-valuetext", wording(active));
    const a = activeX();
    if (a < 20 || a > width - 20) (from = events[active].start - width / 2 / scale), clamp();
    draw();
  };
  // Going to an event: in this page's list (focus and hash), else on its archive page.
  const go = (i) => {
    const e = events[i];
    const item = document.getElementById(e.id);
    if (!item) return void location.assign(`${pages[e.page]}#${e.id}`);
    history.pushState(null, "", `#${e.id}`);
    item.tabIndex = -1;
    item.scrollIntoView({ block: "start" });
    item.focus({ preventScroll: true });
  };

  slider.addEventListener("keydown", (ev) => {
    const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: 1, ArrowDown: -1 }[ev.key];
    if (next) select(active + next);
    else if (ev.key === "PageUp" || ev.key === "PageDown") select(active + (ev.key === "PageUp" ? 10 : -10));
    else if (ev.key === "Home") select(0);
    else if (ev.key === "End") select(events.length - 1);
    else if (ev.key === "+" || ev.key === "=") zoomAt(2, activeX());
    else if (ev.key === "-" || ev.key === "_") zoomAt(0.5, activeX());
    else if (ev.key === "Enter" || ev.key === " ") go(active);
    else return;
    ev.preventDefault();
  });

  // Pointer: drag pans (two fingers pinch); a click chooses the mark under it; wheel pans, Ctrl + wheel zooms.
  const pointers = new Map();
  let moved = 0, pinch = 0;
  const local = (ev) => [ev.clientX - canvas.getBoundingClientRect().left, ev.clientY - canvas.getBoundingClientRect().top];
  canvas.addEventListener("pointerdown", (ev) => {
    canvas.setPointerCapture(ev.pointerId);
    pointers.set(ev.pointerId, ev.clientX);
    moved = 0;
    pinch = 0;
  });
  canvas.addEventListener("pointermove", (ev) => {
    const [px, py] = local(ev);
    if (!pointers.has(ev.pointerId)) return hover(px, py);
    const dx = ev.clientX - pointers.get(ev.pointerId);
    pointers.set(ev.pointerId, ev.clientX);
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()], gap = Math.abs(a - b);
      if (pinch) zoomAt(gap / pinch, (a + b) / 2 - canvas.getBoundingClientRect().left);
      pinch = gap;
    } else panBy(dx);
    moved += Math.abs(dx);
    tip.hidden = true;
  });
  const release = (ev) => {
    if (!pointers.delete(ev.pointerId)) return;
    if (moved < 5 && ev.type === "pointerup" && pointers.size === 0) {
      const found = hit(...local(ev));
      if (found) select(found.i), go(found.i);
    }
  };
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener("pointerleave", () => (tip.hidden = true));
  canvas.addEventListener("dblclick", (ev) => zoomAt(2, local(ev)[0]));
  canvas.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const px = local(ev)[0];
    if (ev.ctrlKey || ev.metaKey) zoomAt(Math.exp(-ev.deltaY / 200), px);
    else if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) panBy(-ev.deltaX);
    else panBy(rtl ? ev.deltaY : -ev.deltaY); // down the page is later in time, in either direction
  }, { passive: false });
  function hover(px, py) {
    const found = hit(px, py);
    tip.hidden = !found;
    if (!found) return;
    tip.textContent = found.n > 1 ? `${count(found.n)} · ${wording(found.i)}` : wording(found.i);
    tip.style.insetInlineStart = `${Math.max(0, Math.min(rtl ? width - px : px, width - 240))}px`;
  }

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    const old = width;
    width = canvas.clientWidth;
    tall = canvas.clientHeight;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(tall * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    minScale = width / Math.max(30, (last - first) * 1.1);
    if (!old) (scale = minScale), (from = first - (width / scale - (last - first)) / 2);
    clamp();
    draw();
  }

  function start(list) {
    events = list.sort((a, b) => a.start - b.start);
    if (!events.length) return;
    if (events.some((e) => e.track === tracks.length)) tracks.push(ui.otherGroup);
    first = events[0].start;
    last = Math.max(...events.map((e) => e.end + 1));
    longest = Math.max(...events.map((e) => e.end - e.start));
    slider.setAttribute("aria-valuemin", 1);
    slider.setAttribute("aria-valuemax", events.length);
    new ResizeObserver(resize).observe(canvas);
    resize();
    select(0);
  }
  const track = (key) => (groupIndex.has(key) ? groupIndex.get(key) : cfg.groups.length);
  const items = document.querySelectorAll("li.event");
  if (items.length) {
    start([...items].map((li) => {
      const time = li.querySelector("time");
      const begin = time.getAttribute("datetime");
      return {
        id: li.id,
        start: dayOf(begin),
        end: dayOf(li.dataset.end || begin, true),
        track: track(li.dataset.group),
        label: time.textContent.trim(),
        headline: (li.querySelector(".event-headline a") || li).textContent.trim(),
      };
    }));
  } else if (cfg.data) {
    fetch(cfg.data)
      .then((r) => r.json())
      .then((data) => {
        pages = data.pages;
        start(data.events.map(([begin, end, group, id, page]) => ({ id, page, start: dayOf(begin), end: dayOf(end || begin, true), track: track(group) })));
      });
  }
})();
