import { type CellMark, fromA1, type Issue, type Severity } from "@tonghop/core";
import { blockAddress, groupBlocks } from "./blocks.js";
import { type NoteMode, noteMode } from "./requirements.js";
import { type ExcelSession, payloadBytes } from "./session.js";

/**
 * Marks (đánh dấu): a fill and a note on each cell an issue points at. Before a cell is marked,
 * its own fill and note are saved in the workbook's settings (ExcelApi 1.4), so *Xóa đánh dấu*
 * puts back exactly what the user had, even after the workbook is saved, closed and reopened.
 */

export const STORE_KEY = "tonghop.marks";
/** Starts every note or comment the add-in writes, so users (and the restore) can tell them apart. */
export const NOTE_PREFIX = "[Tổng hợp TTM] ";

export const MARK_FILLS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export interface SavedFill {
  /** No fill at all (pattern None): restored with fill.clear(), not a white fill. */
  readonly none: boolean;
  readonly color?: string;
  readonly pattern?: string;
  readonly patternColor?: string;
  readonly tintAndShade?: number;
  readonly patternTintAndShade?: number;
}

/** A marked cell's own state before the first mark. */
export interface SavedCell {
  readonly fill: SavedFill;
  /** notes mode: the cell's own note text, null when it had none. */
  readonly note: string | null;
  /** comments mode: the mark is a comment the add-in added, or a reply on the user's comment. */
  readonly comment?: "added" | "reply";
}

export interface MarkStore {
  readonly version: 1;
  /** By worksheet id, which survives renames. */
  readonly sheets: Readonly<
    Record<string, { readonly name: string; readonly cells: Readonly<Record<string, SavedCell>> }>
  >;
}

export const emptyStore = (): MarkStore => ({ version: 1, sheets: {} });

export function parseStore(value: unknown): MarkStore {
  if (typeof value !== "string") return emptyStore();
  try {
    const parsed = JSON.parse(value) as MarkStore;
    return parsed?.version === 1 && typeof parsed.sheets === "object" ? parsed : emptyStore();
  } catch {
    return emptyStore();
  }
}

export function markedCellCount(store: MarkStore): number {
  return Object.values(store.sheets).reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0);
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell of the sheet: the most severe issue's fill, every message in the note. */
export function marksFromIssues(
  issues: readonly Issue[],
  sheet: string,
  language: "vi" | "en",
): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    if (!issue.cell || (issue.sheet !== undefined && issue.sheet !== sheet)) continue;
    const text = language === "vi" ? issue.message : issue.messageEn;
    const previous = marks.get(issue.cell);
    marks.set(issue.cell, {
      severity:
        previous && rank[previous.severity] < rank[issue.severity] ? previous.severity : issue.severity,
      note: previous ? `${previous.note}\n${text}` : text,
    });
  }
  return marks;
}

/** Queues the read of the store; call the returned reader after the sync. */
export function queueStoreRead(session: ExcelSession): () => MarkStore {
  if (!session.capabilities.settings) return emptyStore;
  const setting = session.context.workbook.settings.getItemOrNullObject(STORE_KEY);
  setting.load("value");
  return () => (setting.isNullObject ? emptyStore() : parseStore(setting.value));
}

async function queueStoreWrite(session: ExcelSession, store: MarkStore): Promise<void> {
  const settings = session.context.workbook.settings;
  if (Object.keys(store.sheets).length === 0) {
    settings.getItemOrNullObject(STORE_KEY).delete();
    return;
  }
  const json = JSON.stringify(store);
  const bytes = payloadBytes(json);
  if (session.queuedBytes > 0 && session.queuedBytes + bytes > session.limitBytes) await session.sync();
  settings.add(STORE_KEY, json);
  session.queued(bytes);
}

interface CellState {
  readonly fill: () => SavedFill;
  readonly note: () => Excel.Note | undefined;
}

interface CommentAt {
  readonly comment: Excel.Comment;
  readonly ours: boolean;
  readonly ourReplies: Excel.CommentReply[];
}

interface Snapshot {
  readonly state: Map<string, CellState>;
  readonly comments: Map<string, CommentAt>;
  readonly collection?: Excel.CommentCollection;
}

/**
 * Office.js sends each queued call as a JSON action (its id, object path, method and arguments):
 * a few hundred bytes per cell whatever the text, counted here so batches stay under the limit.
 */
const ACTION_BYTES = 300;
/** What a cell's snapshot brings back: its fill properties and its note, with their JSON envelope. */
const SNAPSHOT_CELL_BYTES = 300;

/** Cells per range call at most, so one call's fills (sent or read back) stay well under the limit. */
const MAX_BLOCK_CELLS = 4000;

/**
 * Cells as rectangles of adjacent cells with the same key: one range call per rectangle, not per
 * cell; a rectangle of more than MAX_BLOCK_CELLS is cut into bands of rows.
 */
function cellBlocks<K>(
  cells: Iterable<[string, K]>,
  keyOf: (value: K) => string,
): { address: string; value: K; cells: string[][] }[] {
  const groups = new Map<string, { value: K; cells: { row: number; col: number; value: string }[] }>();
  for (const [cell, value] of cells) {
    const key = keyOf(value);
    const group = groups.get(key) ?? { value, cells: [] };
    group.cells.push({ ...fromA1(cell), value: cell });
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((group) =>
    groupBlocks(group.cells).flatMap((block) => {
      const rows = Math.max(1, Math.floor(MAX_BLOCK_CELLS / (block.cells[0]?.length ?? 1)));
      const bands = [];
      for (let top = 0; top < block.cells.length; top += rows) {
        const band = { row: block.row + top, col: block.col, cells: block.cells.slice(top, top + rows) };
        bands.push({ address: blockAddress(band), value: group.value, cells: band.cells });
      }
      return bands;
    }),
  );
}

/** Queues the read of the present fill and note of each cell: what a first mark saves, what a restore undoes. */
async function queueSnapshot(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  cells: readonly string[],
  mode: NoteMode,
): Promise<Snapshot> {
  const fills = new Map<string, () => SavedFill>();
  if (session.capabilities.cellProperties) {
    // One getCellProperties per rectangle of adjacent cells.
    for (const block of cellBlocks(
      cells.map((c) => [c, ""] as [string, string]),
      () => "",
    )) {
      await session.flushIfFull();
      session.queued(ACTION_BYTES);
      session.expectResponse(SNAPSHOT_CELL_BYTES * block.cells.flat().length);
      const props = sheet.getRange(block.address).getCellProperties({
        format: {
          fill: {
            color: true,
            pattern: true,
            patternColor: true,
            tintAndShade: true,
            patternTintAndShade: true,
          },
        },
      });
      block.cells.forEach((row, r) => {
        row.forEach((cell, c) => {
          fills.set(cell, () => {
            const f = props.value[r]?.[c]?.format?.fill ?? {};
            return {
              none: f.pattern === "None",
              color: f.color,
              pattern: f.pattern,
              patternColor: f.patternColor,
              tintAndShade: f.tintAndShade,
              patternTintAndShade: f.patternTintAndShade,
            };
          });
        });
      });
    }
  } else {
    for (const cell of cells) {
      await session.flushIfFull();
      session.queued(ACTION_BYTES);
      session.expectResponse(SNAPSHOT_CELL_BYTES);
      // A multi-cell range reads no single colour before ExcelApi 1.9: one load per cell.
      const fill = sheet.getRange(cell).format.fill;
      fill.load("color");
      // Before ExcelApi 1.9 a cell without fill reads as white: it is restored as no fill.
      fills.set(cell, () => ({
        none: !fill.color || fill.color.toUpperCase() === "#FFFFFF",
        color: fill.color,
      }));
    }
  }
  const state = new Map<string, CellState>();
  for (const cell of cells) {
    let note: () => Excel.Note | undefined = () => undefined;
    if (mode === "notes") {
      await session.flushIfFull();
      session.queued(ACTION_BYTES);
      session.expectResponse(SNAPSHOT_CELL_BYTES);
      const item = sheet.notes.getItemOrNullObject(cell);
      item.load("content");
      note = () => (item.isNullObject ? undefined : item);
    }
    state.set(cell, { fill: fills.get(cell)!, note });
  }
  if (mode !== "comments") return { state, comments: new Map() };
  const collection = sheet.comments;
  collection.load("items/id,items/content,items/replies/items/id,items/replies/items/content");
  return { state, comments: new Map(), collection };
}

/**
 * Runs queued snapshots: one sync, and in comments mode one more to learn which cell each
 * comment is on (a comment's cell is only reachable through getLocation()).
 */
async function syncSnapshots(session: ExcelSession, snapshots: readonly Snapshot[]): Promise<void> {
  await session.sync();
  const located = snapshots.flatMap((snap) =>
    (snap.collection?.items ?? []).map((comment) => {
      const location = comment.getLocation();
      location.load("address");
      return { snap, comment, location };
    }),
  );
  if (located.length === 0) return;
  await session.sync();
  for (const { snap, comment, location } of located) {
    const cell = location.address.slice(location.address.lastIndexOf("!") + 1).replace(/\$/g, "");
    snap.comments.set(cell, {
      comment,
      ours: comment.content.startsWith(NOTE_PREFIX),
      ourReplies: comment.replies.items.filter((r) => r.content.startsWith(NOTE_PREFIX)),
    });
  }
}

/** Puts saved fills back, one call per rectangle of adjacent cells that had the same fill. */
async function queueFillRestores(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  fills: Iterable<[string, SavedFill]>,
): Promise<void> {
  for (const block of cellBlocks(fills, (fill) => JSON.stringify(fill))) {
    const fill = block.value;
    const range = sheet.getRange(block.address);
    if (fill.none) {
      range.format.fill.clear();
    } else if (session.capabilities.cellProperties) {
      const saved: Excel.CellPropertiesFill = {};
      if (fill.color !== undefined) saved.color = fill.color;
      if (fill.pattern !== undefined) saved.pattern = fill.pattern as Excel.FillPattern;
      if (fill.patternColor !== undefined) saved.patternColor = fill.patternColor;
      if (fill.tintAndShade !== undefined) saved.tintAndShade = fill.tintAndShade;
      if (fill.patternTintAndShade !== undefined) saved.patternTintAndShade = fill.patternTintAndShade;
      range.setCellProperties(block.cells.map((row) => row.map(() => ({ format: { fill: saved } }))));
    } else if (fill.color) {
      range.format.fill.color = fill.color;
    }
    session.queued(payloadBytes(fill) * block.cells.flat().length + ACTION_BYTES);
    await session.flushIfFull();
  }
}

/** Marks' fills, one assignment per rectangle of adjacent cells of the same severity. */
async function queueMarkFills(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  marks: ReadonlyMap<string, CellMark>,
): Promise<void> {
  for (const block of cellBlocks(marks.entries(), (mark) => mark.severity)) {
    sheet.getRange(block.address).format.fill.color = MARK_FILLS[block.value.severity];
    session.queued(ACTION_BYTES);
    await session.flushIfFull();
  }
}

function queueNoteRestore(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  cell: string,
  saved: SavedCell,
  now: CellState | undefined,
  comment: CommentAt | undefined,
): void {
  if (saved.comment && comment) {
    if (saved.comment === "added" && comment.ours) comment.comment.delete();
    if (saved.comment === "reply") for (const reply of comment.ourReplies) reply.delete();
    return;
  }
  if (saved.comment) return;
  const note = now?.note();
  if (saved.note === null) note?.delete();
  else if (note) note.content = saved.note;
  else sheet.notes.add(cell, saved.note);
  session.queued(payloadBytes(saved.note) + ACTION_BYTES);
}

function queueMark(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  cell: string,
  mark: CellMark,
  saved: SavedCell,
  now: CellState | undefined,
  comment: CommentAt | undefined,
  mode: NoteMode,
): SavedCell {
  const text = `${NOTE_PREFIX}${mark.note}`;
  session.queued(payloadBytes(text) + ACTION_BYTES);
  if (mode === "notes") {
    const note = now?.note();
    // The user's own note stays readable under the mark, and comes back alone on restore.
    const content = saved.note ? `${text}\n———\n${saved.note}` : text;
    if (note) note.content = content;
    else sheet.notes.add(cell, content);
    return saved;
  }
  if (mode === "comments") {
    if (!comment) {
      sheet.comments.add(cell, text);
      return { ...saved, comment: "added" };
    }
    if (comment.ours) {
      comment.comment.content = text;
      return saved;
    }
    for (const reply of comment.ourReplies) reply.delete();
    comment.comment.replies.add(text);
    return { ...saved, comment: "reply" };
  }
  return saved;
}

export interface MarkResult {
  readonly marked: number;
  readonly restored: number;
  readonly noteMode: NoteMode;
  /** false: the host cannot save the cells' own formatting (ExcelApi 1.4), so nothing was marked. */
  readonly supported: boolean;
}

/**
 * Marks a sheet's cells, first restoring cells an earlier check marked that are now fine.
 * Costs one sync for the snapshot (two in comments mode) while the cells fit one batch, more only
 * past Excel on the web's request limit; the writes are left queued for the
 * caller's closing sync.
 */
export async function queueMarks(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  sheetInfo: { id: string; name: string },
  marks: ReadonlyMap<string, CellMark>,
  store: MarkStore,
): Promise<{ store: MarkStore; result: MarkResult }> {
  const mode = noteMode(session.capabilities);
  if (!session.capabilities.settings) {
    return { store, result: { marked: 0, restored: 0, noteMode: mode, supported: false } };
  }
  const before = store.sheets[sheetInfo.id]?.cells ?? {};
  const stale = Object.keys(before).filter((cell) => !marks.has(cell));
  const cells = [...new Set([...marks.keys(), ...Object.keys(before)])];
  if (cells.length === 0)
    return { store, result: { marked: 0, restored: 0, noteMode: mode, supported: true } };

  const snap = await queueSnapshot(session, sheet, cells, mode);
  await syncSnapshots(session, [snap]);
  const { state, comments } = snap;

  await queueFillRestores(
    session,
    sheet,
    stale.map((cell) => [cell, before[cell]!.fill]),
  );
  for (const cell of stale) {
    queueNoteRestore(session, sheet, cell, before[cell]!, state.get(cell), comments.get(cell));
    await session.flushIfFull();
  }
  await queueMarkFills(session, sheet, marks);
  const kept: Record<string, SavedCell> = {};
  for (const [cell, mark] of marks) {
    const now = state.get(cell);
    const comment = comments.get(cell);
    const original: SavedCell = before[cell] ?? {
      fill: now!.fill(),
      note: mode === "notes" ? (now?.note()?.content ?? null) : null,
    };
    kept[cell] = queueMark(session, sheet, cell, mark, original, now, comment, mode);
    await session.flushIfFull();
  }
  const sheets = { ...store.sheets };
  if (marks.size > 0) sheets[sheetInfo.id] = { name: sheetInfo.name, cells: kept };
  else delete sheets[sheetInfo.id];
  const next: MarkStore = { version: 1, sheets };
  await queueStoreWrite(session, next);
  return {
    store: next,
    result: { marked: marks.size, restored: stale.length, noteMode: mode, supported: true },
  };
}

/**
 * Xóa đánh dấu: every marked cell of every sheet gets its own fill and note back, and the store
 * is removed. Four syncs (five in comments mode) whatever the number of sheets, and of cells while
 * they fit one batch.
 */
export async function clearMarks(session: ExcelSession): Promise<{ restored: string[]; sheets: number }> {
  if (!session.capabilities.settings) return { restored: [], sheets: 0 };
  const readStore = queueStoreRead(session);
  await session.sync();
  const store = readStore();
  const entries = Object.entries(store.sheets).map(([id, saved]) => ({
    saved,
    sheet: session.context.workbook.worksheets.getItemOrNullObject(id),
  }));
  if (entries.length === 0) return { restored: [], sheets: 0 };
  for (const entry of entries) entry.sheet.load("name");
  await session.sync();
  const mode = noteMode(session.capabilities);
  // A sheet deleted since it was marked has nothing left to restore.
  const live = entries.filter((entry) => !entry.sheet.isNullObject);
  const snaps: Snapshot[] = [];
  for (const { saved, sheet } of live)
    snaps.push(await queueSnapshot(session, sheet, Object.keys(saved.cells), mode));
  await syncSnapshots(session, snaps);
  const restored: string[] = [];
  for (const [i, { saved, sheet }] of live.entries()) {
    const { state, comments } = snaps[i]!;
    await queueFillRestores(
      session,
      sheet,
      Object.entries(saved.cells).map(([cell, savedCell]) => [cell, savedCell.fill]),
    );
    for (const [cell, savedCell] of Object.entries(saved.cells)) {
      queueNoteRestore(session, sheet, cell, savedCell, state.get(cell), comments.get(cell));
      restored.push(`${saved.name}!${cell}`);
      await session.flushIfFull();
    }
  }
  const sheets = live.length;
  await queueStoreWrite(session, emptyStore());
  await session.sync();
  return { restored, sheets };
}
