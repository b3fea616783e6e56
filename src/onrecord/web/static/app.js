// onrecord dashboard: plain JavaScript over the JSON API, hash routes, hand-drawn SVG charts.
// All document text goes through textContent (never innerHTML), so stored text cannot inject markup.
"use strict";

const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const SVGNS = "http://www.w3.org/2000/svg";
let PLOVER = [];

// ---- small helpers ----------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 6000);
}
async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach((x) => x !== "" && qs.append(k, x));
    else if (v !== "" && v !== null && v !== undefined) qs.append(k, v);
  }
  const url = "/api/" + path + (qs.toString() ? "?" + qs : "");
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) { showError(body.error || res.statusText); throw new Error(body.error); }
  return body;
}
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  const params = Object.fromEntries(new URLSearchParams(query || ""));
  const parts = path.split("/");
  return { view: parts[0] || "events", arg: decodeURIComponent(parts.slice(1).join("/")), params };
}
function go(view, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) qs.append(k, v);
  location.hash = "#/" + view + (qs.toString() ? "?" + qs : "");
}
function docLink(docId, label) {
  return el("a", { href: "#/doc/" + encodeURIComponent(docId) }, label || docId);
}
function who(name, country, code) {
  return name || code || country || "—";
}
function quadBadge(q) { return el("span", { class: "badge q" + q, title: QUADS[q] || "" }, "Q" + q); }
function sentenceWithTrigger(ev) {
  // The trigger offsets are document offsets; find the trigger words inside the sentence.
  const s = ev.sentence_text || "";
  const t = ev.trigger_text || "";
  const i = t ? s.indexOf(t) : -1;
  if (i < 0) return el("span", {}, s);
  return el("span", {}, s.slice(0, i), el("mark", { class: "trig" }, t), s.slice(i + t.length));
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

// ---- events search -----------------------------------------------------------------------
const EVENT_FILTERS = ["actor", "recipient", "country", "type", "quad_class", "date_from", "date_to",
  "text", "reported_by", "negated", "hypothetical", "doc_id", "offset"];

function eventForm(params, onSubmit) {
  const input = (name, label, type, extra) => el("label", {}, label,
    el("input", Object.assign({ name, type: type || "text", value: params[name] || "" }, extra || {})));
  const select = (name, label, options) => el("label", {}, label,
    el("select", { name }, options.map(([v, t]) => el("option", { value: v, selected: String(params[name] || "") === v }, t))));
  const form = el("form", { class: "filters", id: "event-filters" },
    input("actor", "Actor", "text", { placeholder: "name, code or country" }),
    input("recipient", "Recipient", "text", { placeholder: "name, code or country" }),
    input("country", "Country (either side)", "text", { placeholder: "RUS", maxlength: 3, size: 4 }),
    select("type", "PLOVER type", [["", "any"], ...PLOVER.map((t) => [t, t])]),
    select("quad_class", "Quad class", [["", "any"], ...Object.entries(QUADS).map(([k, v]) => [k, k + " " + v])]),
    input("date_from", "From", "date"), input("date_to", "To", "date"),
    input("text", "Words in sentence", "search"),
    input("reported_by", "Reported by", "text"),
    select("negated", "Negated", [["", "any"], ["false", "no"], ["true", "yes"]]),
    select("hypothetical", "Hypothetical", [["", "any"], ["false", "no"], ["true", "yes"]]),
    el("button", { type: "submit", id: "search" }, "Search"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    onSubmit(data);
  });
  return form;
}

async function viewEvents(params) {
  const main = clear(document.getElementById("main"));
  main.append(el("h2", {}, "Events"), eventForm(params, (data) => go("events", data)));
  const out = el("div", { id: "results" }, el("p", { class: "muted" }, "Loading…"));
  main.append(out);
  const query = {};
  for (const k of EVENT_FILTERS) if (params[k]) query[k] = params[k];
  const limit = 50;
  const page = await api("events", Object.assign({ limit }, query));
  clear(out);
  const offset = page.offset;
  const pager = el("div", { class: "pager" },
    el("span", { class: "muted", id: "result-count" }, `${page.total} events` + (page.total ? ` — ${offset + 1}–${offset + page.items.length}` : "")),
    offset > 0 ? el("button", { class: "secondary", onclick: () => go("events", Object.assign({}, params, { offset: Math.max(0, offset - limit) })) }, "← previous") : null,
    offset + limit < page.total ? el("button", { class: "secondary", onclick: () => go("events", Object.assign({}, params, { offset: offset + limit })) }, "next →") : null);
  out.append(pager);
  if (!page.items.length) { out.append(el("p", { class: "muted" }, "No events match.")); return; }
  const rows = page.items.map((ev) => el("tr", { class: "event-row" },
    el("td", {}, ev.date || "—"),
    el("td", {}, who(ev.actor_name, ev.actor_country, ev.actor_code), el("span", { class: "muted" }, " → "),
      who(ev.recipient_name, ev.recipient_country, ev.recipient_code)),
    el("td", {}, el("b", {}, ev.event), " ", quadBadge(ev.quad_class), el("div", { class: "muted" }, "CAMEO " + ev.cameo)),
    el("td", { class: "num" }, ev.goldstein),
    el("td", {}, sentenceWithTrigger(ev),
      ev.negated ? el("span", { class: "flag" }, "negated") : null,
      ev.hypothetical ? el("span", { class: "flag" }, "hypothetical") : null,
      ev.future ? el("span", { class: "flag" }, "future") : null,
      ev.reported_by_name ? el("span", { class: "flag" }, "reported by " + ev.reported_by_name) : null),
    el("td", {}, docLink(ev.doc_id, "article"))));
  out.append(el("table", { id: "events-table" },
    el("thead", {}, el("tr", {}, ["date", "actor → recipient", "event", "Goldstein", "sentence", ""].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows)));
}

// ---- statements --------------------------------------------------------------------------
async function viewStatements(params) {
  const main = clear(document.getElementById("main"));
  const form = el("form", { class: "filters" },
    el("label", {}, "Speaker", el("input", { name: "speaker", value: params.speaker || "" })),
    el("label", {}, "About", el("input", { name: "about", value: params.about || "" })),
    el("label", {}, "Words said", el("input", { name: "text", type: "search", value: params.text || "" })),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("statements", Object.fromEntries(new FormData(form))); });
  main.append(el("h2", {}, "Who said what"), form);
  const limit = 50, offset = Number(params.offset || 0);
  const page = await api("statements", Object.assign({}, params, { limit, offset }));
  main.append(el("div", { class: "pager" }, el("span", { class: "muted" }, `${page.total} statements`),
    offset > 0 ? el("button", { class: "secondary", onclick: () => go("statements", Object.assign({}, params, { offset: Math.max(0, offset - limit) })) }, "← previous") : null,
    offset + limit < page.total ? el("button", { class: "secondary", onclick: () => go("statements", Object.assign({}, params, { offset: offset + limit })) }, "next →") : null));
  main.append(el("table", {}, el("tbody", {}, page.items.map((s) => el("tr", {},
    el("td", {}, s.date || "—"),
    el("td", {}, el("b", {}, s.speaker_name || s.speaker_text || "—"), el("div", { class: "muted" }, s.speaker_code || "")),
    el("td", {}, s.cue_text ? el("span", { class: "muted" }, s.cue_text + ": ") : null, "“", s.content_text, "”",
      el("span", { class: "flag" }, s.kind)),
    el("td", {}, docLink(s.doc_id, "article")))))));
}

// ---- articles --------------------------------------------------------------------------------
async function viewDocuments(params) {
  const main = clear(document.getElementById("main"));
  const form = el("form", { class: "filters" },
    el("label", {}, "Words in title or text", el("input", { name: "text", type: "search", value: params.text || "" })),
    el("label", {}, "Source", el("input", { name: "source", value: params.source || "" })),
    el("label", {}, "From", el("input", { name: "date_from", type: "date", value: params.date_from || "" })),
    el("label", {}, "To", el("input", { name: "date_to", type: "date", value: params.date_to || "" })),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("documents", Object.fromEntries(new FormData(form))); });
  main.append(el("h2", {}, "Articles"), form);
  const limit = 50, offset = Number(params.offset || 0);
  const page = await api("documents", Object.assign({}, params, { limit, offset }));
  main.append(el("div", { class: "pager" }, el("span", { class: "muted" }, `${page.total} articles`),
    offset > 0 ? el("button", { class: "secondary", onclick: () => go("documents", Object.assign({}, params, { offset: Math.max(0, offset - limit) })) }, "← previous") : null,
    offset + limit < page.total ? el("button", { class: "secondary", onclick: () => go("documents", Object.assign({}, params, { offset: offset + limit })) }, "next →") : null));
  main.append(el("table", { id: "documents-table" }, el("tbody", {}, page.items.map((d) => el("tr", {},
    el("td", {}, d.date || "—"), el("td", {}, docLink(d.doc_id, d.title || d.doc_id)),
    el("td", {}, d.source || ""), el("td", { class: "num" }, `${d.n_events ?? 0} events`),
    el("td", { class: "num" }, `${d.n_statements ?? 0} statements`))))));
}

// ---- article view --------------------------------------------------------------------------
function articleSpans(doc) {
  const spans = [];
  const add = (start, end, cls, rec) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start) spans.push({ start, end, cls, rec });
  };
  for (const st of doc.statements) {
    add(st.content_start, st.content_end, "hl-quote", st.statement_id);
    add(st.cue_start, st.cue_end, "hl-cue", st.statement_id);
    add(st.speaker_start, st.speaker_end, "hl-speaker", st.statement_id);
  }
  for (const a of doc.actors) {
    if (a.role === "actor" || a.role === "recipient") add(a.start, a.end, "hl-" + a.role, a.record_id);
  }
  for (const ev of doc.events) add(ev.trigger_start, ev.trigger_end, "hl-trigger", ev.event_id);
  return spans;
}

function highlightedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, text.length)); cuts.add(Math.min(s.end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = el("div", { class: "doctext", id: "doctext" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    if (b <= a) continue;
    const cover = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!cover.length) { box.append(document.createTextNode(piece)); continue; }
    const classes = new Set(cover.map((s) => s.cls));
    const recs = [...new Set(cover.map((s) => s.rec))];
    box.append(el("span", { class: "hl " + [...classes].join(" "), "data-rec": recs.join(" "),
      title: [...classes].map((c) => c.slice(3)).join(", ") }, piece));
  }
  return box;
}

function recordSpans(id) {
  return [...document.querySelectorAll(".doctext .hl")].filter((n) => (n.dataset.rec || "").split(" ").includes(id));
}
function focusRecord(id, on) {
  recordSpans(id).forEach((n) => n.classList.toggle("focus", on));
}
function showRecord(id) {   // a click on a record scrolls the text to its words
  const first = recordSpans(id)[0];
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

async function viewDocument(docId) {
  const main = clear(document.getElementById("main"));
  const doc = await api("documents/" + encodeURIComponent(docId));
  const spans = articleSpans(doc);
  main.append(el("h2", { id: "doc-title" }, doc.title || doc.doc_id),
    el("p", { class: "muted" }, [doc.source, doc.date, doc.language, `${doc.events.length} events`, `${doc.statements.length} statements`].filter(Boolean).join(" · "),
      doc.url ? el("span", {}, " · ", el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original")) : null),
    el("p", { class: "legend" }, ["actor", "recipient", "trigger", "quote", "cue"].map((k) => el("span", { class: "key-" + k }, k))));
  const records = el("div", { class: "records", id: "records" });
  for (const ev of doc.events) {
    records.append(el("div", { class: "record ev-" + ev.quad_class, "data-id": ev.event_id,
      onmouseenter: () => focusRecord(ev.event_id, true), onmouseleave: () => focusRecord(ev.event_id, false),
      onclick: () => showRecord(ev.event_id) },
      el("div", { class: "head" }, who(ev.actor_name, ev.actor_country, ev.actor_code), " → ", el("b", {}, ev.event), " → ",
        who(ev.recipient_name, ev.recipient_country, ev.recipient_code)),
      el("div", { class: "sub" }, `CAMEO ${ev.cameo} · Goldstein ${ev.goldstein} · `, QUADS[ev.quad_class] || "",
        ev.date ? " · " + ev.date : "", ev.mode ? " · mode " + ev.mode : "",
        ev.negated ? " · negated" : "", ev.hypothetical ? " · hypothetical" : "", ev.future ? " · future" : "",
        ev.reported_by_name ? " · reported by " + ev.reported_by_name : "", ` · trigger “${ev.trigger_text}”`)));
  }
  for (const st of doc.statements) {
    records.append(el("div", { class: "record st", "data-id": st.statement_id,
      onmouseenter: () => focusRecord(st.statement_id, true), onmouseleave: () => focusRecord(st.statement_id, false),
      onclick: () => showRecord(st.statement_id) },
      el("div", { class: "head" }, st.speaker_name || st.speaker_text, " ", el("span", { class: "muted" }, st.cue_text || "(quote)")),
      el("div", {}, "“", st.content_text, "”"),
      el("div", { class: "sub" }, st.kind, st.date ? " · " + st.date : "")));
  }
  if (!doc.events.length && !doc.statements.length) records.append(el("p", { class: "muted" }, "No records in this article."));
  main.append(el("div", { class: "article" }, highlightedText(doc.text || "", spans), records));
}

// ---- dyad timeline -----------------------------------------------------------------------
const DAY_MS = 86400000;
function periodEnd(day, freq) {   // first day of the next period, as a time value
  const d = new Date(day + "T00:00:00Z");
  if (freq === "day") return d.getTime() + DAY_MS;
  if (freq === "week") return d.getTime() + 7 * DAY_MS;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
function drawTimeline(rows, alerts, freq) {
  // Periods sit on a continuous time axis: empty periods stay empty, gaps stay visible.
  const W = 1000, H = 340, L = 60, R = 70, T = 20, B = 40;
  const chart = svg("svg", { class: "chart", id: "timeline-chart", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img" });
  if (!rows.length) { chart.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no events for this dyad")); return chart; }
  const t0 = Date.parse(rows[0].period + "T00:00:00Z");
  const t1 = periodEnd(rows[rows.length - 1].period, freq);
  const x = (t) => L + (W - L - R) * (t - t0) / Math.max(1, t1 - t0);
  const coop = rows.map((r) => r.verbal_coop + r.material_coop);
  const conf = rows.map((r) => r.verbal_conflict + r.material_conflict);
  const maxUp = Math.max(1, ...coop), maxDown = Math.max(1, ...conf);
  const mid = T + (H - T - B) * maxUp / (maxUp + maxDown);
  const scale = (H - T - B) / (maxUp + maxDown);
  const span = (day) => { const a = Date.parse(day + "T00:00:00Z"); return [x(a), Math.max(2, x(periodEnd(day, freq)) - x(a))]; };
  for (const a of alerts) {   // alert bands first, under the bars
    const [xa] = span(a.start), [xe, we] = span(a.end);
    if (xe + we < L || xa > W - R) continue;
    chart.append(svg("rect", { class: "alert-band", x: xa - 2, y: T, width: xe + we - xa + 4, height: H - T - B }));
    chart.append(svg("path", { class: "alert-mark", d: `M${(xa + xe + we) / 2 - 6},${T} l6,10 l6,-10 z` },
      svg("title", {}, `alert ${a.start} → ${a.end}: z ${a.z}, Goldstein ${a.goldstein_sum} vs baseline ${a.baseline_median}`)));
  }
  const gy = (g) => (g >= 0 ? mid - (mid - T) * Math.min(g, 10) / 10 : mid + (H - B - mid) * Math.min(-g, 10) / 10);
  let prev = null;
  rows.forEach((r) => {
    const [bx, bw] = span(r.period);
    const w = Math.max(1, bw - (bw > 4 ? 1 : 0));
    let y = mid;
    for (const [v, kind, fill] of [[r.verbal_coop, "verbal cooperation", "#8cc68c"], [r.material_coop, "material cooperation", "#2f8f46"]]) {
      if (!v) continue;
      y -= v * scale;
      chart.append(svg("rect", { x: bx, y, width: w, height: v * scale, fill }, svg("title", {}, `${r.period}: ${v} ${kind}`)));
    }
    y = mid;
    for (const [v, kind, fill] of [[r.verbal_conflict, "verbal conflict", "#f0a35a"], [r.material_conflict, "material conflict", "#c9372c"]]) {
      if (!v) continue;
      chart.append(svg("rect", { x: bx, y, width: w, height: v * scale, fill }, svg("title", {}, `${r.period}: ${v} ${kind}`)));
      y += v * scale;
    }
    // Goldstein mean: a dot per period, joined only to the period right before it
    const cx = bx + bw / 2, cy = gy(r.goldstein_mean);
    if (prev && Math.abs(periodEnd(prev.period, freq) - Date.parse(r.period + "T00:00:00Z")) < DAY_MS) {
      chart.append(svg("line", { class: "gline", x1: prev.cx, y1: prev.cy, x2: cx, y2: cy }));
    }
    chart.append(svg("circle", { class: "gdot", cx, cy, r: 2.5 }, svg("title", {}, `${r.period}: mean Goldstein ${r.goldstein_mean}`)));
    prev = { period: r.period, cx, cy };
  });
  chart.append(svg("line", { class: "axis", x1: L, x2: W - R, y1: mid, y2: mid }));
  chart.append(svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
  chart.append(svg("line", { class: "axis", x1: W - R, x2: W - R, y1: T, y2: H - B }));
  chart.append(svg("text", { x: L - 6, y: T + 10, "text-anchor": "end" }, maxUp));
  chart.append(svg("text", { x: L - 6, y: H - B, "text-anchor": "end" }, maxDown));
  chart.append(svg("text", { x: 4, y: mid - 4 }, "coop ↑"), svg("text", { x: 4, y: mid + 12 }, "conflict ↓"));
  for (const g of [10, 0, -10]) chart.append(svg("text", { x: W - R + 6, y: gy(g) + 4 }, (g > 0 ? "+" : "") + g));
  chart.append(svg("text", { x: W - R + 6, y: H - B + 16 }, "Goldstein"));
  for (let i = 0; i <= 6; i++) {
    const t = t0 + (t1 - t0) * i / 6;
    chart.append(svg("text", { x: x(t), y: H - B + 16, "text-anchor": i === 0 ? "start" : i === 6 ? "end" : "middle" },
      new Date(t).toISOString().slice(0, freq === "month" ? 7 : 10)));
  }
  return chart;
}

async function viewTimeline(params) {
  const main = clear(document.getElementById("main"));
  const by = params.by || "country", freq = params.freq || "week";
  const dyads = await api("dyads", { by, limit: 100 });
  let actor = params.actor, recipient = params.recipient;
  if ((!actor || !recipient) && dyads.items.length) { actor = dyads.items[0].actor; recipient = dyads.items[0].recipient; }
  const picker = el("select", { id: "dyad-picker" }, dyads.items.map((d) => el("option", {
    value: d.actor + "|" + d.recipient, selected: d.actor === actor && d.recipient === recipient },
  `${d.actor} → ${d.recipient} (${d.events})`)));
  picker.addEventListener("change", () => { const [a, r] = picker.value.split("|"); go("timeline", { by, freq, actor: a, recipient: r, date_from: params.date_from, date_to: params.date_to }); });
  const freqSel = el("select", {}, ["day", "week", "month"].map((f) => el("option", { value: f, selected: f === freq }, f)));
  freqSel.addEventListener("change", () => go("timeline", { by, freq: freqSel.value, actor, recipient, date_from: params.date_from, date_to: params.date_to }));
  const bySel = el("select", {}, ["country", "code"].map((f) => el("option", { value: f, selected: f === by }, "by " + f)));
  bySel.addEventListener("change", () => go("timeline", { by: bySel.value, freq }));
  const from = el("input", { type: "date", id: "tl-from", value: params.date_from || "" });
  const to = el("input", { type: "date", id: "tl-to", value: params.date_to || "" });
  const rangeGo = () => go("timeline", { by, freq, actor, recipient, date_from: from.value, date_to: to.value });
  from.addEventListener("change", rangeGo); to.addEventListener("change", rangeGo);
  main.append(el("h2", {}, "Dyad timeline"), el("div", { class: "row" }, picker, bySel, freqSel, "from", from, "to", to,
    el("span", { class: "muted" }, "bars: events per period (cooperation up, conflict down); line: Goldstein mean; red bands: escalation alerts")));
  if (!actor) { main.append(el("p", { class: "muted" }, "No dyads in the store.")); return; }
  const [series, alerts] = await Promise.all([
    api("series", { by, freq, actor, recipient, date_from: params.date_from, date_to: params.date_to }),
    api("alerts", { by, freq, actor, recipient })]);
  let rows = series.rows, note = null;
  if (!params.date_from && rows.length > 20) {
    // a few stray early dates (history recalled in an article) would squash the axis:
    // start it where the first 2 % of the events end, and say what is left out
    const total = rows.reduce((n, r) => n + r.events, 0);
    let cut = 0, seen = 0;
    while (cut < rows.length && seen + rows[cut].events <= 0.02 * total) seen += rows[cut++].events;
    if (cut > 0) {
      note = el("p", { class: "muted" }, `${seen} earlier event(s) before ${rows[cut].period} not drawn; set “from” to see them.`);
      rows = rows.slice(cut);
    }
  }
  const first = rows.length ? rows[0].period : "";
  const inRange = alerts.items.filter((a) => a.end >= (params.date_from || first) && (!params.date_to || a.start <= params.date_to));
  main.append(drawTimeline(rows, inRange, freq));
  if (note) main.append(note);
  main.append(el("p", {}, el("a", { href: "#/events?" + new URLSearchParams({ actor, recipient }) }, `events ${actor} → ${recipient}`)));
  if (inRange.length) main.append(alertsTable(inRange, by, freq));
}

// ---- network ----------------------------------------------------------------------------
function layout(nodes, edges, W, H) {
  const n = nodes.length;
  nodes.forEach((d, i) => { d.x = W / 2 + (W / 3) * Math.cos(2 * Math.PI * i / n); d.y = H / 2 + (H / 3) * Math.sin(2 * Math.PI * i / n); });
  const idx = Object.fromEntries(nodes.map((d, i) => [d.id, i]));
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
  for (let it = 0; it < 250; it++) {
    const temp = 20 * (1 - it / 250) + 0.5;
    const disp = nodes.map(() => [0, 0]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
      const dist = Math.max(1, Math.hypot(dx, dy)), f = (k * k) / dist;
      dx /= dist; dy /= dist;
      disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
    }
    for (const e of edges) {
      const i = idx[e.actor], j = idx[e.recipient];
      if (i === undefined || j === undefined || i === j) continue;
      let dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
      const dist = Math.max(1, Math.hypot(dx, dy)), f = (dist * dist) / k;
      dx /= dist; dy /= dist;
      disp[i][0] -= dx * f; disp[i][1] -= dy * f; disp[j][0] += dx * f; disp[j][1] += dy * f;
    }
    nodes.forEach((d, i) => {   // gravity keeps separate components near the middle
      disp[i][0] -= (d.x - W / 2) * 0.6; disp[i][1] -= (d.y - H / 2) * 0.6;
    });
    nodes.forEach((d, i) => {
      const len = Math.max(1e-6, Math.hypot(disp[i][0], disp[i][1]));
      d.x = Math.min(W - 30, Math.max(30, d.x + (disp[i][0] / len) * Math.min(len, temp)));
      d.y = Math.min(H - 30, Math.max(45, d.y + (disp[i][1] / len) * Math.min(len, temp)));
    });
  }
}
function toneColor(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 6));
  return t >= 0 ? `rgb(${Math.round(200 - 150 * t)},${Math.round(200 - 40 * t)},${Math.round(200 - 130 * t)})`
    : `rgb(${Math.round(200 + 20 * -t)},${Math.round(200 - 150 * -t)},${Math.round(200 - 150 * -t)})`;
}
async function viewNetwork(params) {
  const main = clear(document.getElementById("main"));
  const by = params.by || "country";
  const net = await api("network", { by, limit: Number(params.limit || 80) });
  main.append(el("h2", {}, "Actor network"), el("p", { class: "muted" },
    "Busiest dyads; edge width = events, colour = mean Goldstein (green cooperation, red conflict). Click a node for its events, an edge for its timeline."));
  const W = 1000, H = 600;
  const nodes = net.nodes.map((d) => Object.assign({}, d));
  layout(nodes, net.edges, W, H);
  const pos = Object.fromEntries(nodes.map((d) => [d.id, d]));
  const maxE = Math.max(1, ...net.edges.map((e) => e.events));
  const maxN = Math.max(1, ...nodes.map((d) => d.events));
  const radius = (d) => 5 + 14 * Math.sqrt(d.events / maxN);
  const chart = svg("svg", { class: "chart network", id: "network-chart", viewBox: `0 0 ${W} ${H}`, width: "100%" });
  chart.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
    svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#889" }))));
  for (const e of net.edges) {
    const a = pos[e.actor], b = pos[e.recipient];
    if (!a || !b || a === b) continue;
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
    // stop the arrow at the recipient's circle
    const rb = radius(b) + 2, dx = b.x - mx, dy = b.y - my, dl = Math.max(1, Math.hypot(dx, dy));
    const ex = b.x - dx / dl * rb, ey = b.y - dy / dl * rb;
    chart.append(svg("path", { class: "edge", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`,
      stroke: toneColor(e.goldstein_mean), "stroke-width": 1 + 6 * e.events / maxE, "marker-end": "url(#arrow)", opacity: 0.8,
      onclick: () => go("timeline", { by, actor: e.actor, recipient: e.recipient }) },
    svg("title", {}, `${e.actor} → ${e.recipient}: ${e.events} events, mean Goldstein ${e.goldstein_mean}`)));
  }
  for (const d of nodes) {
    chart.append(svg("g", { class: "node", transform: `translate(${d.x},${d.y})`, onclick: () => go("events", { actor: d.id }) },
      svg("circle", { r: radius(d), fill: "#1f5fa8" }, svg("title", {}, `${d.id}: ${d.events} events`)),
      svg("text", { x: 0, y: -5 - radius(d), "text-anchor": "middle" }, d.id)));
  }
  main.append(chart);
}

// ---- alerts ------------------------------------------------------------------------------
function alertsTable(items, by, freq) {
  return el("table", { id: "alerts-table" },
    el("thead", {}, el("tr", {}, ["dyad", "from", "to", "z", "Goldstein", "baseline", "events", "material conflict", "events behind it"].map((h) => el("th", {}, h)))),
    el("tbody", {}, items.map((a) => el("tr", {},
      el("td", {}, el("a", { href: "#/timeline?" + new URLSearchParams({ actor: a.actor, recipient: a.recipient, by: by || "country", freq: freq || "week" }) }, `${a.actor} → ${a.recipient}`)),
      el("td", {}, a.start), el("td", {}, a.end), el("td", { class: "num" }, a.z), el("td", { class: "num" }, a.goldstein_sum),
      el("td", { class: "num" }, `${a.baseline_median} ± ${a.baseline_scale}`), el("td", { class: "num" }, a.events),
      el("td", { class: "num" }, Math.round(100 * a.material_conflict_share) + "%"),
      el("td", {}, a.event_ids.slice(0, 5).map((id) => el("span", {}, docLink(id.split(":e")[0], id), " ")))))));
}
async function viewAlerts(params) {
  const main = clear(document.getElementById("main"));
  const by = params.by || "country", freq = params.freq || "week";
  const res = await api("alerts", { by, freq, limit: 200 });
  const bySel = el("select", { id: "alerts-by" }, ["country", "code"].map((f) => el("option", { value: f, selected: f === by }, "by " + f)));
  const freqSel = el("select", { id: "alerts-freq" }, ["day", "week", "month"].map((f) => el("option", { value: f, selected: f === freq }, "per " + f)));
  const change = () => go("alerts", { by: bySel.value, freq: freqSel.value });
  bySel.addEventListener("change", change); freqSel.addEventListener("change", change);
  main.append(el("h2", {}, "Escalation alerts"), el("div", { class: "row" }, bySel, freqSel), el("p", { class: "muted" },
    `${res.total} alerts. A ${freq} is flagged when the dyad's Goldstein sum falls more than ${res.params.threshold} spreads below the median of its previous ${res.params.window} ${freq}s (at least ${res.params.min_baseline} of history, ${res.params.min_events} events).`));
  if (res.items.length) main.append(alertsTable(res.items, by, freq)); else main.append(el("p", { class: "muted" }, "No alerts."));
}

// ---- router -------------------------------------------------------------------------------
async function route() {
  const { view, arg, params } = parseHash();
  delete document.body.dataset.ready;
  document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  try {
    if (view === "doc") await viewDocument(arg);
    else if (view === "statements") await viewStatements(params);
    else if (view === "documents") await viewDocuments(params);
    else if (view === "timeline") await viewTimeline(params);
    else if (view === "network") await viewNetwork(params);
    else if (view === "alerts") await viewAlerts(params);
    else await viewEvents(params);
  } catch (err) {
    console.error(err);
  }
  document.body.dataset.ready = view;
}

async function start() {
  try {
    const stats = await api("stats");
    PLOVER = stats.plover_types;
    document.getElementById("stats").textContent =
      `${stats.documents} articles · ${stats.events} events · ${stats.statements} statements` +
      (stats.first_date ? ` · ${stats.first_date} – ${stats.last_date}` : "");
  } catch (err) { console.error(err); }
  window.addEventListener("hashchange", route);
  route();
}
start();
