/**
 * Reads 200 generated unit workbooks (~10 KB each, a TTM-01-like sheet) with @tonghop/xlsx's
 * reader and with ExcelJS's in-memory reader, and prints both times and their ratio.
 * Run from the repository root: `npx tsx packages/xlsx/scripts/bench-read.ts [count]`.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { readWorkbook, writeWorkbook } from "../src/index.js";
import type { CellInput } from "../src/write/spec.js";

const count = Number(process.argv[2] ?? 200);
const labels = [
  "Số buổi nói chuyện, tuyên truyền miệng",
  "Trong đó: trực tiếp",
  "Số lượt người nghe",
  "Số báo cáo viên cấp tỉnh",
  "Số tuyên truyền viên cơ sở",
  "Hội nghị báo cáo viên định kỳ",
  "Tài liệu sinh hoạt chi bộ (cuốn)",
  "Bản tin thông báo nội bộ",
];

/** A deterministic pseudo-random sequence, so every run reads the same workbooks. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function unitSheet(unit: number): CellInput[][] {
  const next = random(unit + 1);
  const rows: CellInput[][] = [
    ["ĐẢNG BỘ TỈNH LẠNG SƠN", null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [`ĐẢNG ỦY XÃ SỐ ${unit + 1}`, null, null, null, `Lạng Sơn, ngày 15 tháng 6 năm 2024`],
    [
      {
        value: "BÁO CÁO KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN MIỆNG 6 THÁNG ĐẦU NĂM 2024",
        bold: true,
        merge: "A3:H3",
      },
    ],
    ["STT", "Mã", "Chỉ tiêu", "ĐVT", "Kết quả", "Kế hoạch", "Cùng kỳ", "Ghi chú"],
  ];
  for (let i = 0; i < 48; i++) {
    const value = Math.floor(next() * 5000);
    rows.push([
      i + 1,
      `CT${String(i + 1).padStart(2, "0")}`,
      `${labels[i % labels.length]} (${i + 1})`,
      i % 3 === 0 ? "buổi" : "lượt",
      { value, numberFormat: "#,##0", border: true },
      Math.floor(value * 1.1),
      i % 4 === 0 ? { formula: `E${rows.length + 1}*0.9`, result: value * 0.9 } : Math.floor(value * 0.9),
      i % 5 === 0 ? "Ước tính" : null,
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "tonghop-bench-"));
  try {
    const files: string[] = [];
    for (let u = 0; u < count; u++) {
      const bytes = await writeWorkbook({ sheets: [{ name: "TTM-01", rows: unitSheet(u) }] });
      const file = join(dir, `unit-${u}.xlsx`);
      await writeFile(file, bytes);
      files.push(file);
    }
    const sizes = await Promise.all(files.map(async (f) => (await readFile(f)).length));
    const meanKb = sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024;

    const ours = async () => {
      let cells = 0;
      for (const file of files)
        cells += readWorkbook(await readFile(file), { file }).sheets[0]!.grid.values.length;
      return cells;
    };
    const excelJs = async () => {
      let rows = 0;
      for (const file of files) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          (await readFile(file)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
        );
        rows += workbook.worksheets[0]!.rowCount;
      }
      return rows;
    };
    /** The floor: unzipping every entry with fflate, no XML read at all. */
    const unzipOnly = async () => {
      let entries = 0;
      for (const file of files) entries += Object.keys(unzipSync(await readFile(file))).length;
      return entries;
    };
    // Interleaved runs, best of 5 each: the machine's other load shifts all three alike.
    const runs = {
      floor: [] as number[],
      scan: [] as number[],
      ours: [] as number[],
      excelJs: [] as number[],
    };
    /** Issue 5's floor: unzip the sheet and shared strings with fflate and scan them for values, no parsing. */
    const decoder = new TextDecoder();
    const countOf = (text: string, marker: string) => {
      let n = 0;
      for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) n++;
      return n;
    };
    const unzipAndScan = async () => {
      let values = 0;
      for (const file of files) {
        const parts = unzipSync(await readFile(file), {
          filter: (f) => f.name === "xl/worksheets/sheet1.xml" || f.name === "xl/sharedStrings.xml",
        });
        values += countOf(decoder.decode(parts["xl/worksheets/sheet1.xml"]), "<v>");
        values += countOf(decoder.decode(parts["xl/sharedStrings.xml"]), "<t");
      }
      return values;
    };
    const time = async (into: number[], run: () => Promise<number>) => {
      const started = performance.now();
      await run();
      into.push((performance.now() - started) / 1000);
    };
    await ours();
    await excelJs();
    for (let i = 0; i < 5; i++) {
      await time(runs.floor, unzipOnly);
      await time(runs.scan, unzipAndScan);
      await time(runs.ours, ours);
      await time(runs.excelJs, excelJs);
    }
    const floorSeconds = Math.min(...runs.floor);
    const scanSeconds = Math.min(...runs.scan);
    const oursSeconds = Math.min(...runs.ours);
    const excelJsSeconds = Math.min(...runs.excelJs);
    console.log(
      `${count} workbooks, mean ${meanKb.toFixed(1)} KB (best of 5 interleaved runs, files read from disk):`,
    );
    console.log(`  fflate unzipSync (floor)    ${floorSeconds.toFixed(3)} s`);
    console.log(`  unzip sheet + strings, scan  ${scanSeconds.toFixed(3)} s`);
    console.log(`  @tonghop/xlsx readWorkbook  ${oursSeconds.toFixed(3)} s`);
    console.log(`  ExcelJS xlsx.load           ${excelJsSeconds.toFixed(3)} s`);
    console.log(`  ratio ExcelJS / ours        ${(excelJsSeconds / oursSeconds).toFixed(1)}×`);
    console.log(`  ratio ours / unzip+scan     ${(oursSeconds / scanSeconds).toFixed(1)}×`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
