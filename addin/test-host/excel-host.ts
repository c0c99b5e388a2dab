/**
 * An in-page Excel for the end-to-end test: the subset of Office.js (`Office.onReady`,
 * `Office.context.requirements`, `Excel.run`) that the add-in uses, over an in-memory workbook
 * built from Grids that @tonghop/xlsx read from a real .xlsx. It keeps Office.js's batch model:
 * a loaded property can be read only after `context.sync()`, and every sync is counted with the
 * bytes it would carry; a batch over Excel on the web's 5 MB fails as Excel on the web fails it.
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
import { evaluate, type Scalar } from "./formula.js";

export interface HostGrid {
  readonly name: string;
  readonly origin: string;
  readonly values: readonly (readonly Scalar[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
}

export interface HostConfig {
  readonly sheets: readonly HostGrid[];
  /** Highest ExcelApi version the host claims (default 1.18). */
  readonly excelApi?: string;
  readonly limitBytes?: number;
}

export interface HostStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
}

export interface SheetView {
  readonly name: string;
  readonly selection: string;
  readonly cells: {
    text: string;
    formula: string | null;
    fill: string | null;
    bold: boolean;
    note: string | null;
    style: CellStyle;
  }[][];
  /** Merged areas, zero-based and inclusive. */
  readonly merges: readonly Area[];
  /** Column widths in points, where set. */
  readonly widths: Readonly<Record<number, number>>;
}

/** Formatting beyond fill and bold that sheets written by the add-in carry, for the screenshot view. */
export interface CellStyle {
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  align?: string;
  border?: boolean;
  indent?: number;
}

interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}
const noFill = (): Fill => ({
  color: "#FFFFFF",
  pattern: "None",
  patternColor: "#000000",
  tintAndShade: 0,
  patternTintAndShade: 0,
});

interface Cell {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  fill: Fill;
  bold: boolean;
  style?: CellStyle;
}

let nextId = 1;

class SheetModel {
  readonly id = `{SHEET-${nextId++}}`;
  name: string;
  visibility = "Visible";
  readonly cells = new Map<string, Cell>();
  readonly notes = new Map<string, string>();
  readonly comments: {
    id: string;
    cell: string;
    content: string;
    replies: { id: string; content: string }[];
  }[] = [];
  readonly widths = new Map<number, number>();
  readonly merges: Area[] = [];
  frozen = { rows: 0, cols: 0 };
  tabColor = "";
  constructor(name: string) {
    this.name = name;
  }
  cell(row: number, col: number): Cell {
    const key = `${row}:${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: "General", fill: noFill(), bold: false };
      this.cells.set(key, cell);
    }
    return cell;
  }
  peek(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row}:${col}`);
  }
  used(): { top: number; left: number; bottom: number; right: number } {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if ((cell.value === null || cell.value === "") && !cell.formula) continue;
      const [r, c] = key.split(":").map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeId = "";
  readonly settings = new Map<string, unknown>();
  selection = "";
  sheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  }
  /** Recalculates every formula of every sheet, as Excel does after a write: formulas may read other sheets. */
  recalc(): void {
    for (let pass = 0; pass < 4; pass++) {
      for (const sheet of this.sheets) {
        for (const cell of sheet.cells.values()) {
          if (!cell.formula) continue;
          cell.value = evaluate(cell.formula, (r, c, name) => {
            const from = name === undefined ? sheet : this.sheet(name);
            return from ? (from.peek(r, c)?.value ?? null) : "#REF!";
          });
        }
      }
    }
  }
}

// ---------- A1 helpers ----------
const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const colLetters = (col: number): string => {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const a1 = (row: number, col: number) => `${colLetters(col)}${row + 1}`;
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
function parseArea(address: string): Area {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":") as [string, string?];
  const part = (ref: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(ref.toUpperCase());
    if (!m) throw hostError("InvalidArgument", `Bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : -1, row: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const p = part(a);
  const q = part(b!);
  return {
    top: Math.max(p.row, 0),
    left: Math.max(p.col, 0),
    bottom: q.row < 0 ? 1_048_575 : q.row,
    right: q.col < 0 ? 16_383 : q.col,
  };
}

function hostError(code: string, message: string): Error {
  const error = new Error(message) as Error & { code: string };
  error.code = code;
  return error;
}

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? "").length;

// ---------- the batch ----------
class Batch {
  readonly workbookModel: WorkbookModel;
  readonly stats: HostStats;
  readonly limit: number;
  request = 0;
  reveals: (() => number)[] = [];
  constructor(model: WorkbookModel, stats: HostStats, limit: number) {
    this.workbookModel = model;
    this.stats = stats;
    this.limit = limit;
  }
  send(payload: unknown) {
    this.request += bytes(payload) + 32;
  }
}

/** A client object: properties loaded with load() are readable after the next sync. */
class ClientObject {
  protected readonly batch: Batch;
  private readonly loaded = new Map<string, unknown>();
  constructor(batch: Batch) {
    this.batch = batch;
  }
  /** Names of the properties load() may ask for, with their present value. */
  protected properties(): Record<string, () => unknown> {
    return {};
  }
  load(spec?: string | string[] | Record<string, unknown>): this {
    // Loading a null object loads nothing: only isNullObject is read from it.
    if (this instanceof NullableObject && this.isNullObject) return this;
    const names =
      spec === undefined
        ? Object.keys(this.properties())
        : typeof spec === "string"
          ? spec.split(",").map((s) => s.trim())
          : Array.isArray(spec)
            ? spec
            : Object.keys(spec);
    this.batch.send(names);
    const staged = new Map<string, unknown>();
    const props = this.properties();
    for (const name of names) {
      if (name.includes("/")) continue;
      const get = props[name];
      if (!get) throw hostError("PropertyNotFound", `No property ${name}`);
      staged.set(name, get());
    }
    this.batch.reveals.push(() => {
      for (const [k, v] of staged) this.loaded.set(k, v);
      return bytes([...staged.values()]);
    });
    return this;
  }
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw hostError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Call load() and sync() first.`,
      );
    }
    return this.loaded.get(name) as T;
  }
  toJSON() {
    return Object.fromEntries(this.loaded);
  }
}

class NullableObject extends ClientObject {
  private readonly exists: () => boolean;
  constructor(batch: Batch, exists: () => boolean) {
    super(batch);
    this.exists = exists;
  }
  get isNullObject(): boolean {
    return !this.exists();
  }
}

class Fill$ extends ClientObject {
  constructor(
    batch: Batch,
    private readonly range: Range$,
  ) {
    super(batch);
  }
  protected override properties() {
    return { color: () => this.range.first().fill.color };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.batch.send(color);
    this.range.each((c) => {
      c.fill = { ...noFill(), color: color.toUpperCase(), pattern: "Solid" };
    });
  }
  clear() {
    this.batch.send("clear");
    this.range.each((c) => {
      c.fill = noFill();
    });
  }
}

/** Sets one style property on every cell of a range. */
function styleRange(batch: Batch, range: Range$, style: CellStyle) {
  batch.send(style);
  range.each((c) => {
    c.style = { ...c.style, ...style };
  });
}

class Font$ {
  constructor(
    private readonly batch: Batch,
    private readonly range: Range$,
  ) {}
  set bold(bold: boolean) {
    this.batch.send(bold);
    this.range.each((c) => {
      c.bold = bold;
    });
  }
  get bold(): boolean {
    return this.range.first().bold;
  }
  set italic(italic: boolean) {
    styleRange(this.batch, this.range, { italic });
  }
  set underline(underline: string) {
    styleRange(this.batch, this.range, { underline: underline !== "None" });
  }
  set size(size: number) {
    styleRange(this.batch, this.range, { size });
  }
  set color(color: string) {
    styleRange(this.batch, this.range, { color });
  }
  set name(name: string) {
    this.batch.send(name);
  }
}

class Borders$ {
  constructor(
    private readonly batch: Batch,
    private readonly range: Range$,
  ) {}
  getItem(_edge: string) {
    const { batch, range } = this;
    return {
      set style(style: string) {
        styleRange(batch, range, { border: style !== "None" });
      },
      set weight(weight: string) {
        batch.send(weight);
      },
    };
  }
}

class Format$ {
  readonly fill: Fill$;
  readonly font: Font$;
  readonly borders: Borders$;
  constructor(
    private readonly batch: Batch,
    private readonly range: Range$,
  ) {
    this.fill = new Fill$(batch, range);
    this.font = new Font$(batch, range);
    this.borders = new Borders$(batch, range);
  }
  set wrapText(wrap: boolean) {
    this.batch.send(wrap);
  }
  set horizontalAlignment(align: string) {
    styleRange(this.batch, this.range, { align });
  }
  set verticalAlignment(align: string) {
    this.batch.send(align);
  }
  set indentLevel(indent: number) {
    styleRange(this.batch, this.range, { indent });
  }
  set columnWidth(points: number) {
    this.batch.send(points);
    for (let c = this.range.area.left; c <= this.range.area.right; c++)
      this.range.sheet.widths.set(c, points);
  }
}

class Range$ extends ClientObject {
  readonly format: Format$;
  constructor(
    batch: Batch,
    readonly sheet: SheetModel,
    readonly area: Area,
  ) {
    super(batch);
    this.format = new Format$(batch, this);
  }
  get height() {
    return this.area.bottom - this.area.top + 1;
  }
  get width() {
    return this.area.right - this.area.left + 1;
  }
  first(): Cell {
    return this.sheet.peek(this.area.top, this.area.left) ?? this.sheet.cell(this.area.top, this.area.left);
  }
  each(f: (cell: Cell, r: number, c: number) => void) {
    for (let r = 0; r < this.height; r++) {
      for (let c = 0; c < this.width; c++) f(this.sheet.cell(this.area.top + r, this.area.left + c), r, c);
    }
  }
  private matrix<T>(f: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.height }, (_, r) =>
      Array.from({ length: this.width }, (_, c) => f(this.sheet.peek(this.area.top + r, this.area.left + c))),
    );
  }
  private quoteName() {
    return /^[A-Za-z0-9_]+$/.test(this.sheet.name)
      ? this.sheet.name
      : `'${this.sheet.name.replace(/'/g, "''")}'`;
  }
  protected override properties() {
    const { top, left, bottom, right } = this.area;
    return {
      address: () =>
        `${this.quoteName()}!${a1(top, left)}${top === bottom && left === right ? "" : `:${a1(bottom, right)}`}`,
      rowCount: () => this.height,
      columnCount: () => this.width,
      values: () => this.matrix((c) => c?.value ?? ""),
      formulas: () => this.matrix((c) => c?.formula ?? c?.value ?? ""),
      numberFormat: () => this.matrix((c) => c?.numberFormat ?? "General"),
    };
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  private write(matrix: unknown, set: (cell: Cell, v: Scalar) => void) {
    this.batch.send(matrix);
    const rows = matrix as Scalar[][];
    if (rows.length !== this.height || rows.some((r) => r.length !== this.width)) {
      throw hostError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size of the range.",
      );
    }
    this.each((cell, r, c) => set(cell, rows[r]![c]!));
    this.batch.workbookModel.recalc();
  }
  set values(matrix: Scalar[][]) {
    this.write(matrix, (cell, v) => setContent(cell, v));
  }
  set formulas(matrix: Scalar[][]) {
    this.write(matrix, (cell, v) => setContent(cell, v));
  }
  set numberFormat(matrix: string[][]) {
    this.batch.send(matrix);
    this.each((cell, r, c) => {
      cell.numberFormat = matrix[r]![c]!;
    });
  }
  getCellProperties(_options: unknown) {
    this.batch.send(_options);
    const value = this.matrix((c) => ({ format: { fill: { ...(c?.fill ?? noFill()) } } }));
    const result = { value: undefined as unknown };
    this.batch.reveals.push(() => {
      result.value = value;
      return bytes(value);
    });
    return result;
  }
  setCellProperties(matrix: { format?: { fill?: Partial<Fill> } }[][]) {
    this.batch.send(matrix);
    this.each((cell, r, c) => {
      const fill = matrix[r]?.[c]?.format?.fill;
      if (fill) cell.fill = { ...cell.fill, ...fill };
    });
  }
  merge(_across?: boolean) {
    this.batch.send("merge");
    this.sheet.merges.push({ ...this.area });
  }
  select() {
    this.batch.send("select");
    this.batch.workbookModel.activeId = this.sheet.id;
    this.batch.workbookModel.selection = `${this.sheet.name}!${this.properties().address!().toString().split("!")[1]}`;
  }
}

function setContent(cell: Cell, v: Scalar) {
  if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v;
  } else {
    delete cell.formula;
    // Excel's quote prefix: the text after it is stored as text.
    cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v === "" ? null : v;
  }
}

class Note$ extends NullableObject {
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    private readonly cell: string,
  ) {
    super(batch, () => sheet.notes.has(cell));
  }
  protected override properties() {
    return { content: () => this.sheet.notes.get(this.cell) ?? "" };
  }
  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.batch.send(text);
    if (!this.sheet.notes.has(this.cell)) throw hostError("ItemNotFound", "The note does not exist.");
    this.sheet.notes.set(this.cell, text);
  }
  delete() {
    this.batch.send("delete");
    if (!this.sheet.notes.has(this.cell)) throw hostError("ItemNotFound", "The note does not exist.");
    this.sheet.notes.delete(this.cell);
  }
}

class Notes$ {
  constructor(
    private readonly batch: Batch,
    private readonly sheet: SheetModel,
  ) {}
  add(cell: string, content: string) {
    this.batch.send([cell, content]);
    const key = cell.replace(/\$/g, "");
    if (this.sheet.notes.has(key)) throw hostError("InvalidArgument", "The cell already has a note.");
    this.sheet.notes.set(key, content);
  }
  getItemOrNullObject(cell: string) {
    return new Note$(this.batch, this.sheet, cell.replace(/\$/g, ""));
  }
}

type CommentModel = SheetModel["comments"][number];

class Reply$ extends ClientObject {
  constructor(
    batch: Batch,
    private readonly comment: CommentModel,
    private readonly reply: CommentModel["replies"][number],
  ) {
    super(batch);
  }
  protected override properties() {
    return { id: () => this.reply.id, content: () => this.reply.content };
  }
  get content(): string {
    return this.read("content");
  }
  delete() {
    this.batch.send("delete");
    this.comment.replies.splice(this.comment.replies.indexOf(this.reply), 1);
  }
}

class Comment$ extends ClientObject {
  readonly replies: { items: Reply$[]; add: (content: string) => void };
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
    private readonly comment: CommentModel,
  ) {
    super(batch);
    this.replies = {
      items: [],
      add: (content: string) => {
        batch.send(content);
        comment.replies.push({ id: `R${nextId++}`, content });
      },
    };
  }
  protected override properties() {
    return { id: () => this.comment.id, content: () => this.comment.content };
  }
  /** Loads the comment and its replies (`items/replies/items/content` of the collection). */
  loadWithReplies(fields: string) {
    this.load(fields);
    const replies = this.comment.replies.map((r) =>
      new Reply$(this.batch, this.comment, r).load("id,content"),
    );
    this.batch.reveals.push(() => {
      this.replies.items = replies;
      return 0;
    });
  }
  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.batch.send(text);
    this.comment.content = text;
  }
  getLocation() {
    return new Range$(this.batch, this.sheet, parseArea(this.comment.cell));
  }
  delete() {
    this.batch.send("delete");
    this.sheet.comments.splice(this.sheet.comments.indexOf(this.comment), 1);
  }
}

class Comments$ extends ClientObject {
  private snapshot: Comment$[] = [];
  constructor(
    batch: Batch,
    private readonly sheet: SheetModel,
  ) {
    super(batch);
  }
  override load(spec?: string | string[] | Record<string, unknown>): this {
    const items = this.sheet.comments.map((c) => new Comment$(this.batch, this.sheet, c));
    for (const item of items) item.loadWithReplies("id,content");
    this.batch.send(spec);
    this.batch.reveals.push(() => {
      this.snapshot = items;
      return 0;
    });
    return this;
  }
  get items(): Comment$[] {
    return this.snapshot;
  }
  add(cell: string, content: string) {
    this.batch.send([cell, content]);
    const key = cell.replace(/\$/g, "");
    if (this.sheet.comments.some((c) => c.cell === key))
      throw hostError("InvalidArgument", "The cell already has a comment.");
    this.sheet.comments.push({ id: `C${nextId++}`, cell: key, content, replies: [] });
  }
}

class Setting$ extends NullableObject {
  constructor(
    batch: Batch,
    private readonly key: string,
  ) {
    super(batch, () => batch.workbookModel.settings.has(key));
  }
  protected override properties() {
    return { value: () => this.batch.workbookModel.settings.get(this.key) };
  }
  get value(): unknown {
    return this.read("value");
  }
  delete() {
    this.batch.send("delete");
    this.batch.workbookModel.settings.delete(this.key);
  }
}

class Worksheet$ extends NullableObject {
  readonly notes: Notes$;
  readonly comments: Comments$;
  constructor(
    batch: Batch,
    readonly model: SheetModel | undefined,
  ) {
    super(batch, () => model !== undefined && batch.workbookModel.sheets.includes(model));
    this.notes = new Notes$(batch, model as SheetModel);
    this.comments = new Comments$(batch, model as SheetModel);
  }
  private get sheet(): SheetModel {
    if (!this.model) throw hostError("ItemNotFound", "The requested resource doesn't exist.");
    return this.model;
  }
  protected override properties() {
    return { name: () => this.sheet.name, id: () => this.sheet.id, visibility: () => this.sheet.visibility };
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  getRange(address: string) {
    return new Range$(this.batch, this.sheet, parseArea(address));
  }
  get freezePanes() {
    const { batch, sheet } = this;
    const freeze = (rows: number, cols: number) => {
      batch.send([rows, cols]);
      sheet.frozen = { rows, cols };
    };
    return {
      freezeRows: (rows: number) => freeze(rows, 0),
      freezeColumns: (cols: number) => freeze(0, cols),
      freezeAt: (address: string) => {
        const area = parseArea(address);
        freeze(area.bottom + 1, area.right + 1);
      },
    };
  }
  set tabColor(color: string) {
    this.batch.send(color);
    this.sheet.tabColor = color;
  }
  getUsedRange() {
    return new Range$(this.batch, this.sheet, this.sheet.used());
  }
  activate() {
    this.batch.send("activate");
    this.batch.workbookModel.activeId = this.sheet.id;
  }
}

class Worksheets$ extends ClientObject {
  private snapshot: Worksheet$[] = [];
  override load(spec?: string | string[] | Record<string, unknown>): this {
    const items = this.batch.workbookModel.sheets.map((s) => new Worksheet$(this.batch, s));
    const fields = (typeof spec === "string" ? spec : "items/name")
      .split(",")
      .map((f) => f.trim().replace(/^items\//, ""));
    for (const item of items) item.load(fields.join(","));
    this.batch.reveals.push(() => {
      this.snapshot = items;
      return 0;
    });
    return this;
  }
  get items(): Worksheet$[] {
    return this.snapshot;
  }
  getActiveWorksheet() {
    return new Worksheet$(this.batch, this.batch.workbookModel.sheet(this.batch.workbookModel.activeId));
  }
  getItem(key: string) {
    const sheet = this.batch.workbookModel.sheet(key);
    if (!sheet) throw hostError("ItemNotFound", `No sheet ${key}`);
    return new Worksheet$(this.batch, sheet);
  }
  getItemOrNullObject(key: string) {
    return new Worksheet$(this.batch, this.batch.workbookModel.sheet(key));
  }
  add(name: string) {
    this.batch.send(name);
    if (this.batch.workbookModel.sheet(name)) throw hostError("ItemAlreadyExists", `Sheet ${name} exists`);
    const sheet = new SheetModel(name);
    this.batch.workbookModel.sheets.push(sheet);
    return new Worksheet$(this.batch, sheet);
  }
}

class Settings$ {
  constructor(private readonly batch: Batch) {}
  add(key: string, value: unknown) {
    this.batch.send([key, value]);
    this.batch.workbookModel.settings.set(key, value);
  }
  getItemOrNullObject(key: string) {
    return new Setting$(this.batch, key);
  }
}

class RequestContext {
  readonly workbook: { worksheets: Worksheets$; settings: Settings$ };
  private readonly batch: Batch;
  constructor(model: WorkbookModel, stats: HostStats, limit: number) {
    this.batch = new Batch(model, stats, limit);
    this.workbook = { worksheets: new Worksheets$(this.batch), settings: new Settings$(this.batch) };
  }
  async sync(): Promise<void> {
    const batch = this.batch;
    const stats = batch.stats;
    stats.syncs += 1;
    const request = batch.request;
    batch.request = 0;
    const reveals = batch.reveals;
    batch.reveals = [];
    if (request > batch.limit)
      throw hostError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const response = reveals.reduce((n, reveal) => n + reveal(), 0);
    stats.requestBytes += request;
    stats.responseBytes += response;
    stats.largestRequest = Math.max(stats.largestRequest, request);
    stats.largestResponse = Math.max(stats.largestResponse, response);
    if (response > batch.limit)
      throw hostError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A cell's comment and its replies as one text, for the screenshot view. */
function thread(sheet: SheetModel, address: string): string | null {
  const comment = sheet.comments.find((c) => c.cell === address);
  return comment ? [comment.content, ...comment.replies.map((r) => `↳ ${r.content}`)].join("\n") : null;
}

// ---------- install ----------
function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export function installHost(config: HostConfig) {
  const model = new WorkbookModel();
  for (const grid of config.sheets) {
    const sheet = new SheetModel(grid.name);
    const origin = parseArea(grid.origin);
    for (const [r, row] of grid.values.entries()) {
      for (const [c, value] of row.entries()) {
        const formula = grid.formulas?.[r]?.[c] ?? undefined;
        const format = grid.numberFormats?.[r]?.[c] ?? undefined;
        if (value === null && !formula && !format) continue;
        const cell = sheet.cell(origin.top + r, origin.left + c);
        cell.value = value;
        if (formula) cell.formula = formula.startsWith("=") ? formula : `=${formula}`;
        if (format) cell.numberFormat = format;
      }
    }
    model.sheets.push(sheet);
  }
  model.activeId = model.sheets[0]?.id ?? "";
  const stats: HostStats = {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    largestRequest: 0,
    largestResponse: 0,
  };
  const excelApi = config.excelApi ?? "1.18";
  const limit = config.limitBytes ?? 5 * 1024 * 1024;
  const ready = Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  const office = {
    onReady: (callback?: (info: unknown) => void) =>
      ready.then((info) => {
        callback?.(info);
        return info;
      }),
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && versionAtLeast(excelApi, version),
      },
    },
    actions: { associate: () => undefined },
  };
  const excel = {
    run: async <T>(body: (context: RequestContext) => Promise<T>): Promise<T> =>
      body(new RequestContext(model, stats, limit)),
  };
  /** What the test reads: the workbook's cells, fills, notes, settings, selection and the sync counts. */
  const inspect = {
    stats,
    resetStats: () =>
      Object.assign(stats, {
        syncs: 0,
        requestBytes: 0,
        responseBytes: 0,
        largestRequest: 0,
        largestResponse: 0,
      }),
    sheetNames: () => model.sheets.map((s) => s.name),
    active: () => model.sheet(model.activeId)?.name,
    selection: () => model.selection,
    settings: () => Object.fromEntries(model.settings),
    cell: (sheet: string, address: string) => {
      const s = model.sheet(sheet);
      const { top, left } = parseArea(address);
      const c = s?.peek(top, left);
      return {
        value: c?.value ?? null,
        formula: c?.formula ?? null,
        fill: c?.fill ?? noFill(),
        note: s?.notes.get(address) ?? null,
      };
    },
    rows: (sheet: string) => {
      const s = model.sheet(sheet);
      if (!s) return [];
      const u = s.used();
      return Array.from({ length: u.bottom + 1 }, (_, r) =>
        Array.from({ length: u.right + 1 }, (_, c) => s.peek(r, c)?.value ?? null),
      );
    },
    notes: (sheet: string) => Object.fromEntries(model.sheet(sheet)?.notes ?? []),
    /** Fill and note of every cell of the used range, by address: what Xóa đánh dấu must give back. */
    formatting: (sheet: string) => {
      const s = model.sheet(sheet);
      const out: Record<string, { fill: Fill; note: string | null }> = {};
      if (!s) return out;
      const u = s.used();
      for (let r = 0; r <= u.bottom; r++) {
        for (let c = 0; c <= u.right; c++) {
          const address = a1(r, c);
          out[address] = { fill: s.peek(r, c)?.fill ?? noFill(), note: s.notes.get(address) ?? null };
        }
      }
      return out;
    },
    /** Threaded comments of a sheet: cell → [comment, ...replies]. */
    comments: (sheet: string) =>
      Object.fromEntries(
        (model.sheet(sheet)?.comments ?? []).map((c) => [
          c.cell,
          [c.content, ...c.replies.map((r) => r.content)],
        ]),
      ),
    /** A comment a user wrote before the add-in ran. */
    addComment: (sheet: string, cell: string, content: string) => {
      model.sheet(sheet)?.comments.push({ id: `C${nextId++}`, cell, content, replies: [] });
    },
    /** The sheet as a screenshot shows it: text, fill, bold and note of each cell of the used range. */
    view: (name?: string): SheetView => {
      const s = name ? model.sheet(name) : model.sheet(model.activeId);
      if (!s) return { name: name ?? "", selection: "", cells: [], merges: [], widths: {} };
      const u = s.used();
      return {
        name: s.name,
        selection: model.selection.startsWith(`${s.name}!`) ? model.selection : "",
        cells: Array.from({ length: u.bottom + 1 }, (_, r) =>
          Array.from({ length: u.right + 1 }, (_, c) => {
            const cell = s.peek(r, c);
            const address = a1(r, c);
            return {
              text: cell?.value === null || cell?.value === undefined ? "" : String(cell.value),
              formula: cell?.formula ?? null,
              fill: cell && cell.fill.pattern !== "None" ? cell.fill.color : null,
              bold: cell?.bold ?? false,
              note: s.notes.get(address) ?? thread(s, address),
              style: cell?.style ?? {},
            };
          }),
        ),
        merges: s.merges,
        widths: Object.fromEntries(s.widths),
      };
    },
    activate: (sheet: string) => {
      model.activeId = model.sheet(sheet)?.id ?? model.activeId;
    },
  };
  Object.assign(globalThis, { Office: office, Excel: excel, excelHost: inspect });
  return inspect;
}

const config = (globalThis as { excelHostConfig?: HostConfig }).excelHostConfig;
if (config) installHost(config);
