"use strict";
// The audit page's behaviour. Everything it shows comes from the JSON block
// #audit-data and is set as text (textContent, attributes), never parsed as
// markup: a metric whose name holds a closing script tag and an image
// with an error handler stays a name.
(function () {
  const data = JSON.parse(document.getElementById("audit-data").textContent);
  const VERDICTS = data.verdictOrder;
  const LABEL = {
    "always": "always",
    "some-environments": "some environments",
    "some-build-configurations": "some builds",
    "some-paths": "some paths",
    "never": "never",
    "no-metrics": "no metrics",
  };
  const MEANING = {
    "always": "every path from main that serves exposes metrics first",
    "some-environments": "exposed only for some values of an environment decision",
    "some-build-configurations": "exposed only in some build configurations (#if)",
    "some-paths": "some path from main serves without exposing metrics",
    "never": "metrics are defined, but nothing exposes them",
    "no-metrics": "nothing the program reaches defines metrics",
  };
  const SVG = "http://www.w3.org/2000/svg";

  // ---- small DOM helpers ---------------------------------------------------

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children)
      if (child !== undefined && child !== null && child !== false)
        node.append(child);
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {}))
      node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fileUrl(abs) {
    return "file://" + String(abs).split("/").map(encodeURIComponent).join("/");
  }

  /// A place in the code: the path relative to the source root, visible; the
  /// absolute file as the link.
  function placeLink(ref) {
    const text = ref.line ? ref.path + ":" + ref.line : ref.path;
    const node = ref.abs ? el("a", { class: "loc", href: fileUrl(ref.abs), title: ref.abs })
                         : el("span", { class: "loc" });
    // A long path may wrap, but only after a '/'.
    text.split("/").forEach((part, i) => {
      if (i) node.append("/", document.createElement("wbr"));
      node.append(part);
    });
    return node;
  }

  function badge(verdict) {
    return el("span", { class: "badge v-" + verdict, title: MEANING[verdict] || "",
                        text: LABEL[verdict] || verdict });
  }

  function percent(part, whole) {
    return whole ? Math.round((100 * part) / whole) + "%" : "–";
  }

  function matches(needle, ...fields) {
    if (!needle) return true;
    return fields.some((f) => String(f === undefined ? "" : f).toLowerCase().includes(needle));
  }

  function basename(path) {
    const parts = String(path).split("/").filter(Boolean);
    return parts.length ? parts[parts.length - 1] : String(path);
  }

  // ---- header and totals ---------------------------------------------------

  // The CLI names the source root's own programs ".": shown by its name.
  for (const p of data.programs)
    if (p.repository === ".") p.repository = basename(data.root);
  const programs = data.programs;
  const findings = data.findings;
  const metrics = data.metrics;
  const serving = programs.filter((p) => p.serves);
  const noneExposed = (p) => p.exposes === "never" || p.exposes === "no-metrics";
  const servingNone = serving.filter(noneExposed).length;
  const allNone = programs.filter(noneExposed).length;
  const runtimeNames = metrics.filter((m) => !m.nameIsConstant).length;

  document.title = "Metrics audit · " + basename(data.root);
  const root = document.getElementById("root");
  root.append(el("span", { class: "mono", text: data.root }));
  root.append(el("span", { class: "sep", text: data.analysedFiles + " files analysed" }));
  if (data.failedFiles)
    root.append(el("span", { class: "sep warn", text: data.failedFiles + " not analysed" }));

  function card(label, value, detail, tone) {
    return el("div", { class: "card" + (tone ? " " + tone : "") },
              el("div", { class: "card-label", text: label }),
              el("div", { class: "card-value", text: value }),
              el("div", { class: "card-detail", text: detail }));
  }
  const totals = document.getElementById("totals");
  totals.append(
    card("Programs", programs.length,
         programs.length ? "an entry (main or a pack's entry point), with what it reaches"
                         : "no TU defines an entry"),
    card("Serving", serving.length,
         programs.length - serving.length + " without a serve point (tools, batch jobs)"),
    card("Serving, no metrics", percent(servingNone, serving.length),
         servingNone + " of " + serving.length + " serving programs expose none",
         servingNone ? "bad" : serving.length ? "good" : ""),
    card("Expose no metrics", percent(allNone, programs.length),
         allNone + " of " + programs.length + " programs", allNone ? "warn" : programs.length ? "good" : ""),
    card("Metrics defined", metrics.length,
         !metrics.length ? "no definition found in the code"
           : runtimeNames ? runtimeNames + " named at run time" : "all names constant"),
    card("Findings", findings.length,
         findings.length ? "explain the partial verdicts" : "nothing skips set-up"));

  // ---- verdict chart -------------------------------------------------------

  const legend = document.getElementById("legend");
  for (const v of VERDICTS) {
    const count = data.counts.verdicts[v] || 0;
    legend.append(el("button", { class: "legend-item", type: "button", title: MEANING[v],
                                 onclick: () => showVerdict(v, "") },
                     el("span", { class: "swatch v-" + v }),
                     el("span", { text: LABEL[v] }),
                     el("span", { class: "legend-count", text: count })));
  }

  function drawChart() {
    const byRepo = new Map();
    for (const p of programs) {
      if (!byRepo.has(p.repository)) byRepo.set(p.repository, {});
      const counts = byRepo.get(p.repository);
      counts[p.exposes] = (counts[p.exposes] || 0) + 1;
    }
    const rows = [...byRepo.entries()].map(([name, counts]) => ({
      name, counts, total: VERDICTS.reduce((s, v) => s + (counts[v] || 0), 0),
    }));
    rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    if (rows.length > 1)
      rows.unshift({ name: "all repositories", counts: data.counts.verdicts,
                     total: programs.length, all: true });
    const chart = document.getElementById("chart");
    if (!rows.length) {
      chart.append(el("p", { class: "empty", text: "No programs: no analysed TU defines main." }));
      return;
    }
    const labelWidth = Math.min(280, 40 + 7.5 * Math.max(...rows.map((r) => r.name.length)));
    const width = 1100, barArea = width - labelWidth - 70, rowHeight = 34, bar = 22;
    const max = Math.max(...rows.map((r) => r.total));
    const height = rows.length * rowHeight + 6;
    const box = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "bars", role: "img",
                             "aria-label": "Program verdicts per repository" });
    rows.forEach((row, i) => {
      const y = i * rowHeight + 4;
      // A long name keeps its end, which tells repositories apart
      // ("…/echo_c++"); the whole name is its tooltip.
      const fits = Math.floor((labelWidth - 16) / 8.8); // wide glyphs: _ + m
      const shown = row.name.length <= fits ? row.name
                                            : "…" + row.name.slice(row.name.length - fits + 1);
      const label = svg("text", { x: labelWidth - 12, y: y + bar / 2 + 5, class: "bar-label" + (row.all ? " all" : ""),
                                  "text-anchor": "end" }, shown);
      label.append(svg("title", {}, row.name));
      box.append(label);
      // The whole-set row spans the width; the others are to scale.
      const scale = row.all ? barArea / row.total : barArea / max;
      let x = labelWidth;
      for (const v of VERDICTS) {
        const n = row.counts[v] || 0;
        if (!n) continue;
        const w = n * scale;
        const seg = svg("rect", { x, y, width: Math.max(w - 1, 1), height: bar, rx: 3,
                                  class: "seg v-" + v });
        seg.append(svg("title", {}, `${row.name}: ${n} ${LABEL[v]}`));
        seg.addEventListener("click", () => showVerdict(v, row.all ? "" : row.name));
        box.append(seg);
        if (w > 26)
          box.append(svg("text", { x: x + w / 2, y: y + bar / 2 + 5, "text-anchor": "middle",
                                   class: "seg-label on-" + v }, String(n)));
        x += w;
      }
      box.append(svg("text", { x: x + 8, y: y + bar / 2 + 5, class: "bar-total" },
                     String(row.total)));
      if (row.all && rows.length > 1)
        box.append(svg("line", { x1: 0, x2: width, y1: y + rowHeight - 5, y2: y + rowHeight - 5,
                                 class: "bar-rule" }));
    });
    chart.append(box);
  }
  drawChart();

  // ---- sortable tables -----------------------------------------------------

  /// A table whose header cells sort it (click again: the other way) and
  /// whose rows are what filter() keeps, re-rendered on every change.
  function sortableTable(table, columns, rows, filter, counter, noun, initial) {
    const state = { column: initial === undefined ? null : initial, descending: false };
    const head = el("thead");
    const headRow = el("tr");
    columns.forEach((col, index) => {
      const th = el("th", { scope: "col", title: "Sort by " + col.label },
                    el("span", { text: col.label }), el("span", { class: "arrow" }));
      th.addEventListener("click", () => {
        state.descending = state.column === index ? !state.descending : false;
        state.column = index;
        render();
      });
      headRow.append(th);
    });
    head.append(headRow);
    const body = el("tbody");
    table.append(head, body);

    function render() {
      let shown = rows.filter(filter);
      if (state.column !== null) {
        const key = columns[state.column].sort;
        shown = shown.slice().sort((a, b) => {
          const x = key(a), y = key(b);
          const order = typeof x === "number" && typeof y === "number"
            ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
          return state.descending ? -order : order;
        });
      }
      [...headRow.children].forEach((th, index) => {
        const active = index === state.column;
        th.setAttribute("aria-sort", active ? (state.descending ? "descending" : "ascending") : "none");
        th.querySelector(".arrow").textContent = active ? (state.descending ? "▼" : "▲") : "";
      });
      body.replaceChildren(...shown.map((row) =>
        el("tr", {}, ...columns.map((col) => el("td", { class: col.cls || "" }, col.render(row))))));
      if (!shown.length)
        body.append(el("tr", { class: "empty-row" },
                       el("td", { colspan: columns.length,
                                  text: rows.length ? "No " + noun + " match the filter." : "No " + noun + "." })));
      counter.textContent = shown.length === rows.length
        ? String(rows.length) : shown.length + " of " + rows.length;
    }
    render();
    return render;
  }

  // ---- programs ------------------------------------------------------------

  const programFilter = document.getElementById("program-filter");
  const verdictFilter = document.getElementById("verdict-filter");
  const servingOnly = document.getElementById("serving-only");
  verdictFilter.append(el("option", { value: "", text: "All verdicts" }));
  for (const v of VERDICTS)
    verdictFilter.append(el("option", { value: v, text: LABEL[v] + " (" + (data.counts.verdicts[v] || 0) + ")" }));

  function findingLinks(p) {
    if (!p.findingIds.length) return el("span", { class: "muted", text: "–" });
    const list = el("span", { class: "finding-links" });
    for (const id of p.findingIds) {
      const f = findings[id];
      list.append(el("a", { href: "#finding-" + id, class: "finding-link", title: f.message,
                            text: "#" + (id + 1) + " " + f.ruleId.replace(/^metrics-/, "") }));
    }
    return list;
  }

  const verdictRank = (v) => VERDICTS.indexOf(v);
  // A path that may wrap after each '/', never inside a folder's name.
  const breakAtSlashes = (path) => {
    const out = el("span", {});
    path.split("/").forEach((part, i) => {
      if (i) out.append("/", document.createElement("wbr"));
      out.append(part);
    });
    return out;
  };
  const renderPrograms = sortableTable(
    document.getElementById("programs-table"),
    [
      { label: "Program", sort: (p) => p.entry, cls: "mono",
        // An entry other than main (a pack's entry point) is named.
        render: (p) => p.function && p.function !== "main"
          ? el("span", {}, placeLink(p), el("div", { class: "entry-fn", text: p.function }))
          : placeLink(p) },
      // A repository's name can be long (vendor/org/lib): it wraps, so the
      // reasons keep their room.
      { label: "Repository", sort: (p) => p.repository, render: (p) => breakAtSlashes(p.repository),
        cls: "repo" },
      { label: "Serves", sort: (p) => (p.serves ? 0 : 1),
        render: (p) => el("span", { class: p.serves ? "yes" : "no", text: p.serves ? "yes" : "no" }) },
      { label: "Exposes metrics", sort: (p) => verdictRank(p.exposes), render: (p) => badge(p.exposes) },
      { label: "Why", sort: (p) => p.why || "", render: (p) => el("span", { class: "why", text: p.why || "" }),
        cls: "reason" },
      { label: "Findings", sort: (p) => p.findingIds.length, render: findingLinks },
    ],
    programs,
    (p) => {
      const needle = programFilter.value.trim().toLowerCase();
      return (!verdictFilter.value || p.exposes === verdictFilter.value) &&
             (!servingOnly.checked || p.serves) &&
             matches(needle, p.entry, p.function || "", p.repository, p.exposes, LABEL[p.exposes], p.why,
                     ...p.findings.map((f) => f.ruleId));
    },
    document.getElementById("programs-count"), "programs", 0);
  programFilter.addEventListener("input", renderPrograms);
  verdictFilter.addEventListener("change", renderPrograms);
  servingOnly.addEventListener("change", renderPrograms);

  function showVerdict(verdict, repository) {
    verdictFilter.value = verdict;
    programFilter.value = repository;
    renderPrograms();
    document.getElementById("programs").scrollIntoView({ behavior: "smooth" });
  }

  // ---- findings ------------------------------------------------------------

  function excerptOf(f) {
    if (!f.excerpt)
      return el("div", { class: "excerpt-missing",
                         text: "No excerpt: " + (f.excerptMissing || "the file cannot be read here") + "." });
    const pre = el("pre", { class: "excerpt" });
    f.excerpt.lines.forEach((text, i) => {
      const number = f.excerpt.first + i;
      pre.append(el("span", { class: "code-line" + (number === f.line ? " hit" : "") },
                    el("span", { class: "ln", text: String(number) }),
                    el("span", { class: "src", text: text || " " })));
    });
    return pre;
  }

  function stepList(steps, numbered) {
    const list = el("ol", { class: "steps" });
    steps.forEach((s, i) => {
      list.append(el("li", { class: "step " + s.kind, style: `--nesting:${Math.min(s.nesting || 0, 8)}` },
                     el("span", { class: "step-mark", text: numbered ? String(i + 1) : "•" }),
                     el("div", { class: "step-body" },
                        el("div", { class: "step-head" },
                           el("span", { class: "step-message", text: s.message }),
                           placeLink(s)),
                        s.code !== undefined ? el("code", { class: "step-code", text: s.code.trim() }) : null)));
    });
    return list;
  }

  /// The path the finding follows, numbered, then the places it relates.
  function stepsOf(f) {
    const path = f.steps.filter((s) => s.kind === "path");
    const related = f.steps.filter((s) => s.kind !== "path");
    const parts = [];
    if (path.length)
      parts.push(el("div", { class: "steps-wrap" },
                    el("div", { class: "steps-title", text: "Path (" + path.length + " steps)" }),
                    stepList(path, true)));
    // Related places mostly restate the path's places: folded, so a screen
    // of findings stays readable.
    if (related.length)
      parts.push(el("details", { class: "steps-wrap related-places" },
                    el("summary", { class: "steps-title", text: "Related places (" + related.length + ")" }),
                    stepList(related, false)));
    return parts.length ? el("div", { class: "steps-group" }, ...parts) : null;
  }

  function findingCard(f) {
    return el("article", { class: "finding level-" + f.level, id: "finding-" + f.id },
              el("header", {},
                 el("span", { class: "finding-number", text: "#" + (f.id + 1) }),
                 el("span", { class: "rule", text: f.ruleId }),
                 el("span", { class: "level " + f.level, text: f.level }),
                 placeLink(f),
                 f.function ? el("span", { class: "function mono", text: "in " + f.function }) : null),
              el("p", { class: "message", text: f.message }),
              f.programs.length
                ? el("div", { class: "explains" }, el("span", { class: "muted", text: "Explains " }),
                     ...f.programs.map((e) => el("span", { class: "chip mono", text: e })))
                : null,
              excerptOf(f),
              stepsOf(f));
  }

  const findingFilter = document.getElementById("finding-filter");
  const findingList = document.getElementById("findings-list");
  const cards = findings.map(findingCard);
  function renderFindings() {
    const needle = findingFilter.value.trim().toLowerCase();
    const shown = cards.filter((_, i) => {
      const f = findings[i];
      return matches(needle, f.ruleId, f.path, f.message, f.function, ...f.programs);
    });
    findingList.replaceChildren(...shown);
    if (!shown.length)
      findingList.append(el("p", { class: "empty",
                                   text: findings.length ? "No findings match the filter." : "No findings: no program skips its metrics set-up." }));
    document.getElementById("findings-count").textContent =
      shown.length === findings.length ? String(findings.length) : shown.length + " of " + findings.length;
  }
  findingFilter.addEventListener("input", renderFindings);
  renderFindings();

  // ---- metrics -------------------------------------------------------------

  const metricFilter = document.getElementById("metric-filter");
  const libraryFilter = document.getElementById("library-filter");
  libraryFilter.append(el("option", { value: "", text: "All libraries" }));
  for (const [library, count] of Object.entries(data.inventoryCounts.byLibrary || {}))
    libraryFilter.append(el("option", { value: library, text: library + " (" + count + ")" }));

  function metricName(m) {
    const name = el("span", { class: "metric-name" + (m.nameIsConstant ? "" : " runtime") });
    // A long snake_case name wraps after an underscore rather than anywhere.
    String(m.name).split("_").forEach((part, i) => {
      if (i) name.append("_", document.createElement("wbr"));
      name.append(part);
    });
    if (m.nameIsConstant) return name;
    return el("span", {}, name, el("span", { class: "tag", title: "The name is built at run time: shown as the expression that builds it",
                                          text: "run-time name" }));
  }
  function labelsOf(m) {
    const entries = Object.entries(m.constLabels || {});
    if (!entries.length) return "";
    return el("span", {}, ...entries.map(([k, v]) => el("span", { class: "chip mono", text: k + "=" + v })));
  }
  const renderMetrics = sortableTable(
    document.getElementById("metrics-table"),
    [
      { label: "Name", sort: (m) => m.name, render: metricName, cls: "name" },
      { label: "Kind", sort: (m) => m.kind, render: (m) => m.kind },
      { label: "Library", sort: (m) => m.library, render: (m) => m.library, cls: "nowrap" },
      { label: "Help", sort: (m) => m.help, render: (m) => m.help, cls: "wide" },
      { label: "Unit", sort: (m) => m.unit, render: (m) => m.unit },
      { label: "Labels", sort: (m) => Object.keys(m.constLabels || {}).join(","), render: labelsOf },
      { label: "Lands in", sort: (m) => m.landsIn, render: (m) => m.landsIn, cls: "code" },
      { label: "Defined at", sort: (m) => m.location, render: (m) => placeLink(m), cls: "mono" },
    ],
    metrics,
    (m) => (!libraryFilter.value || m.library === libraryFilter.value) &&
           matches(metricFilter.value.trim().toLowerCase(), m.name, m.kind, m.help, m.library, m.location,
                   m.landsIn),
    document.getElementById("metrics-count"), "metrics", 0);
  metricFilter.addEventListener("input", renderMetrics);
  libraryFilter.addEventListener("change", renderMetrics);

  document.body.classList.add("ready");
  window.auditReady = true;
})();
