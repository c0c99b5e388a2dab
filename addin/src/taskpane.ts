import {
  formatViNumber,
  type Issue,
  isTonghopError,
  Period,
  type Report,
  type Severity,
  type TargetResult,
} from "@tonghop/core";
import { checkSheet } from "./actions/check.js";
import { consolidatePicked, consolidationWorkbook, writeConsolidation } from "./actions/consolidate.js";
import { actionStats, runInExcel } from "./actions/run.js";
import { selectCell } from "./actions/select.js";
import { evaluateSheetTargets } from "./actions/targets.js";
import { insertTemplate } from "./actions/template.js";
import { applyTotals, previewTotals, type TotalsChange } from "./actions/totals.js";
import { clearMarks } from "./excel/marks.js";
import { type Language, type Strings, strings } from "./i18n.js";

let language: Language = "vi";
const t = (): Strings => strings[language];

type Child = Node | string | number | null | undefined | false;

/** A tiny element builder: the pane has no framework. */
function h(tag: string, attrs: Record<string, string | boolean | EventListener> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === "function") el.addEventListener(key, value);
    else if (value === true) el.setAttribute(key, "");
    else if (value !== false) el.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "number" ? String(child) : child);
  }
  return el;
}

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
const panel = () => $("#panel");

function message(text: string, kind: "info" | "busy" | "success" | "error" | "warning" = "info") {
  const box = $("#message");
  box.className = `message ${kind}`;
  box.textContent = text;
}

function translate() {
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const value = t()[el.dataset.t as keyof Strings];
    if (typeof value === "string") el.textContent = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-t-label]")) {
    const value = t()[el.dataset.tLabel as keyof Strings];
    if (typeof value === "string") el.setAttribute("aria-label", value);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>(".action")) {
    const hint = button.querySelector(".action-hint")?.textContent ?? "";
    button.title = hint;
  }
}

/** Runs an action with the buttons disabled, shows TonghopError messages as they are, never a stack trace. */
async function busy(action: string, body: () => Promise<void>) {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>(".action")];
  for (const b of buttons) {
    b.disabled = true;
    b.setAttribute("aria-pressed", String(b.dataset.action === action));
  }
  document.body.dataset.busy = action;
  message(t().working, "busy");
  try {
    await body();
  } catch (error) {
    const text = isTonghopError(error)
      ? language === "vi"
        ? error.message
        : error.messageEn
      : error instanceof Error
        ? error.message
        : String(error);
    message(`${t().failed}: ${text}`, "error");
  } finally {
    for (const b of buttons) b.disabled = false;
    delete document.body.dataset.busy;
    document.body.dataset.lastAction = action;
    document.body.dataset.syncs = String(actionStats[action]?.syncs ?? "");
  }
}

const severityOrder: Severity[] = ["error", "warning", "info"];
const severityTitle = (s: Severity) =>
  s === "error" ? t().errors : s === "warning" ? t().warnings : t().infos;

function issueList(issues: readonly Issue[]) {
  const wrap = h("div");
  for (const severity of severityOrder) {
    const group = issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    const list = h("ul", { class: "issues" });
    for (const issue of group) {
      const text = language === "vi" ? issue.message : issue.messageEn;
      const item = h(
        "button",
        {
          type: "button",
          class: "issue",
          "data-cell": issue.cell ?? "",
          "aria-label": `${issue.cell ? `${t().cell} ${issue.cell}: ` : ""}${text}`,
          click: () => {
            if (!issue.cell) return;
            const cell = issue.cell;
            void busy("select", () => runInExcel("select", (s) => selectCell(s, cell, issue.sheet)));
            message(`${t().cell} ${cell}`);
          },
        },
        h("span", { class: "cell-ref" }, issue.cell ?? "—"),
        h("span", { class: "issue-text" }, text),
        h("span", { class: "issue-code" }, [issue.code, issue.file, issue.sheet].filter(Boolean).join(" · ")),
      );
      list.append(h("li", {}, item));
    }
    wrap.append(
      h(
        "details",
        { class: `group ${severity}`, open: true },
        h(
          "summary",
          {},
          h("span", { class: `dot ${severity}` }),
          `${severityTitle(severity)} (${group.length})`,
        ),
        list,
      ),
    );
  }
  return wrap;
}

/** Who and when, as core read them from the sheet's title rows. */
function unitLine(report: Report) {
  const period = report.period.id ? Period.tryParse(report.period.id) : undefined;
  const periodText = period ? (language === "vi" ? period.label : period.labelEn) : report.period.id;
  const unit = report.unit.name ?? report.unit.code;
  return h("p", { class: "meta" }, t().unitLine(unit || t().unknown, periodText || t().unknown));
}

async function onCheck() {
  const result = await runInExcel("check", (s) => checkSheet(s, language));
  const count = (s: Severity) => result.issues.filter((i) => i.severity === s).length;
  const body = panel();
  body.replaceChildren(
    h("h2", {}, `${t().check} · ${result.sheet}`),
    unitLine(result.report),
    h(
      "div",
      { class: "summary" },
      ...severityOrder.map((s) => h("span", { class: `badge ${s}` }, `${severityTitle(s)}: ${count(s)}`)),
    ),
    result.issues.length === 0 ? h("p", {}, t().noIssues) : issueList(result.issues),
  );
  const { marks } = result;
  const summary =
    result.issues.length === 0
      ? t().noIssues
      : `${t().checkSummary(count("error"), count("warning"), count("info"))}.${marks.supported ? ` ${t().marked(marks.marked)}` : ""}`;
  // What this Excel cannot do is said beside the result, never instead of it.
  const degraded = !marks.supported
    ? t().marksUnsupported
    : marks.noteMode === "none"
      ? t().notesUnsupported
      : marks.noteMode === "comments"
        ? t().commentsUsed
        : "";
  const kind = count("error") > 0 ? "error" : result.issues.length > 0 || degraded ? "warning" : "success";
  message([summary, degraded].filter(Boolean).join(" "), kind);
}

const show = (v: string | number | boolean | null) =>
  v === null || v === "" ? h("span", { class: "meta" }, t().empty) : h("code", {}, String(v));

async function onTotals() {
  const changes: TotalsChange[] = await runInExcel("totals", previewTotals);
  const body = panel();
  if (changes.length === 0) {
    body.replaceChildren(h("h2", {}, t().totals));
    message(t().totalsNone, "warning");
    return;
  }
  const apply = h("button", { type: "button", class: "button primary", id: "apply-totals" }, t().apply);
  apply.addEventListener("click", () =>
    busy("totals-apply", async () => {
      const { written } = await runInExcel("totals-apply", applyTotals);
      (apply as HTMLButtonElement).disabled = true;
      message(t().applied(written), "success");
    }),
  );
  body.replaceChildren(
    h("h2", {}, t().totals),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, t().cell),
          h("th", {}, t().indicator),
          h("th", {}, t().current),
          h("th", {}, t().proposed),
        ),
      ),
      h(
        "tbody",
        {},
        ...changes.map((c) =>
          h(
            "tr",
            {},
            h("td", { class: "cell-ref" }, c.cell),
            h("td", {}, c.indicator ?? ""),
            h("td", {}, show(c.current)),
            h("td", {}, show(c.proposed)),
          ),
        ),
      ),
    ),
    apply,
  );
  message(t().totalsPreview(changes.length));
}

const num = (v: number | null) => (v === null ? "—" : formatViNumber(v, Number.isInteger(v) ? 0 : 1));

async function onTargets() {
  const { report, results, rosterSheet, issues } = await runInExcel("targets", evaluateSheetTargets);
  const row = (r: TargetResult) =>
    h(
      "tr",
      {},
      h(
        "td",
        {},
        h("strong", {}, r.id),
        " ",
        language === "vi" ? r.label : r.labelEn,
        r.basis === "roster" ? h("div", { class: "meta" }, t().byPerson) : null,
      ),
      h("td", { class: "num" }, num(r.actual)),
      h("td", { class: "num" }, num(r.expected)),
      h("td", { class: "num" }, r.percent === null ? "—" : `${r.percent}%`),
      h(
        "td",
        {},
        h("span", { class: `status ${r.status}` }, language === "vi" ? r.statusLabel : r.statusLabelEn),
      ),
    );
  panel().replaceChildren(
    h("h2", {}, t().targets),
    unitLine(report),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, t().target),
          h("th", {}, t().actual),
          h("th", {}, t().expected),
          h("th", {}, t().percent),
          h("th", {}, t().status),
        ),
      ),
      h("tbody", {}, ...results.map(row)),
    ),
  );
  if (issues.length > 0) panel().append(issueList(issues));
  message(rosterSheet ? t().rosterUsed(rosterSheet) : t().noRoster, "info");
}

function onConsolidate() {
  const files = h("input", {
    type: "file",
    id: "files",
    class: "file-input",
    multiple: true,
    accept: ".xlsx",
  }) as HTMLInputElement;
  const hierarchy = h("input", {
    type: "file",
    id: "hierarchy",
    class: "file-input",
    accept: ".csv,.json",
  }) as HTMLInputElement;
  const filesChosen = h("span", { class: "file-chosen", id: "files-chosen" }, t().noFiles);
  const hierarchyChosen = h("span", { class: "file-chosen", id: "hierarchy-chosen" }, "");
  hierarchy.addEventListener("change", () => {
    hierarchyChosen.textContent = hierarchy.files?.[0]?.name ?? "";
  });
  const bar = h("div");
  const label = h("div", { class: "progress-label", "aria-live": "polite" });
  const run = h(
    "button",
    { type: "button", class: "button primary", id: "run-consolidate" },
    t().runConsolidate,
  ) as HTMLButtonElement;
  const progress = h(
    "div",
    {
      class: "progress",
      role: "progressbar",
      "aria-valuemin": "0",
      "aria-valuemax": "100",
      "aria-valuenow": "0",
    },
    bar,
  );
  const setProgress = (fraction: number, text: string) => {
    bar.style.width = `${Math.round(fraction * 100)}%`;
    progress.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
    label.textContent = text;
  };
  files.addEventListener("change", () => {
    const n = files.files?.length ?? 0;
    filesChosen.textContent = n === 0 ? t().noFiles : t().filesChosen(n);
    setProgress(0, "");
  });
  run.addEventListener("click", () =>
    busy("consolidate", async () => {
      const picked = [...(files.files ?? [])];
      if (picked.length === 0) {
        message(t().noFiles, "warning");
        return;
      }
      const inputs = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const hierarchyText = hierarchy.files?.[0] ? await hierarchy.files[0].text() : undefined;
      const consolidation = await consolidatePicked(inputs, hierarchyText, (done, total, file) =>
        setProgress(done / total, done < total ? t().reading(done + 1, total, file) : t().consolidating),
      );
      setProgress(1, t().writing);
      const names = await runInExcel("consolidate", (s) =>
        writeConsolidation(s, (taken) => consolidationWorkbook(consolidation, taken, new Date())),
      );
      const c = consolidation.result.completeness;
      setProgress(1, t().completeness(c.submitted.length, c.expected ? c.missing.length : null));
      const entries = c.entries.map((e) =>
        h(
          "tr",
          {},
          h("td", {}, e.name, h("div", { class: "meta" }, [e.code, e.file].filter(Boolean).join(" · "))),
          h(
            "td",
            {},
            h("span", { class: `status ${e.status}` }, t().completenessStatus[e.status] ?? e.status),
          ),
          h("td", { class: "num" }, e.errors),
        ),
      );
      panel().append(
        h(
          "table",
          { class: "completeness" },
          h(
            "thead",
            {},
            h("tr", {}, h("th", {}, t().unitName), h("th", {}, t().submission), h("th", {}, t().errors)),
          ),
          h("tbody", {}, ...entries),
        ),
        issueList(consolidation.issues),
      );
      message(t().consolidated(names.join(", ")), "success");
    }),
  );
  panel().replaceChildren(
    h("h2", {}, t().consolidate),
    // The native file button speaks the browser's language; this label speaks the pane's.
    h(
      "div",
      { class: "field" },
      h("span", { class: "field-label", id: "files-label" }, t().pickFiles),
      h(
        "div",
        { class: "file-row" },
        files,
        h(
          "label",
          { for: "files", class: "button", "aria-describedby": "files-label files-chosen" },
          t().chooseFiles,
        ),
        filesChosen,
      ),
    ),
    h(
      "div",
      { class: "field" },
      h("span", { class: "field-label", id: "hierarchy-label" }, t().pickHierarchy),
      h(
        "div",
        { class: "file-row" },
        hierarchy,
        h(
          "label",
          { for: "hierarchy", class: "button", "aria-describedby": "hierarchy-label hierarchy-chosen" },
          t().chooseFile,
        ),
        hierarchyChosen,
      ),
    ),
    run,
    progress,
    label,
  );
  message(t().consolidateHint);
}

function onTemplate() {
  const field = (id: string, text: string, value: string, hint?: string) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: id }, text),
      h("input", { type: "text", id, value, ...(hint ? { "aria-describedby": `${id}-hint` } : {}) }),
      hint ? h("span", { class: "hint", id: `${id}-hint` }, hint) : null,
    );
  const insert = h(
    "button",
    { type: "button", class: "button primary", id: "insert-template" },
    t().insertTemplate,
  );
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value.trim();
  insert.addEventListener("click", () =>
    busy("template", async () => {
      const { sheet } = await runInExcel("template", (s) =>
        insertTemplate(s, {
          unitCode: value("unit-code"),
          unitName: value("unit-name"),
          period: value("period"),
        }),
      );
      message(t().templateInserted(sheet), "success");
    }),
  );
  const year = new Date().getFullYear();
  panel().replaceChildren(
    h("h2", {}, t().template),
    field("unit-code", t().unitCode, ""),
    field("unit-name", t().unitName, ""),
    field("period", t().period, `${year}S1`, t().periodHint),
    insert,
  );
  message(t().templateHint);
}

async function onClear() {
  const { restored } = await runInExcel("clear", clearMarks);
  panel().replaceChildren(h("h2", {}, t().clearMarks));
  if (restored.length > 0)
    panel().append(h("p", { class: "meta" }, `${t().restoredCells}: ${restored.join(", ")}`));
  message(
    restored.length > 0 ? t().cleared(restored.length) : t().nothingToClear,
    restored.length > 0 ? "success" : "info",
  );
}

const handlers: Record<string, () => Promise<void> | void> = {
  check: onCheck,
  totals: onTotals,
  targets: onTargets,
  consolidate: onConsolidate,
  template: onTemplate,
  clear: onClear,
};

function start() {
  translate();
  message(t().ready);
  for (const button of document.querySelectorAll<HTMLButtonElement>(".action")) {
    const action = button.dataset.action!;
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => busy(action, async () => handlers[action]!()));
  }
  $("#language").addEventListener("click", () => {
    language = language === "vi" ? "en" : "vi";
    translate();
    message(t().ready);
    panel().replaceChildren();
  });
  document.body.dataset.ready = "true";
}

Office.onReady(() => start());
