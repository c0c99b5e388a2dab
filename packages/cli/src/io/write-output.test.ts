import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../errors.js";
import { checkOutput, writeOutput } from "./write-output.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-out-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("checkOutput", () => {
  it("refuses an output that is an input, however it is spelled", async () => {
    const input = join(dir, "a.xlsx");
    writeFileSync(input, "unit");
    symlinkSync(input, join(dir, "link.xlsx"));
    await expect(checkOutput(input, [input])).rejects.toBeInstanceOf(CliError);
    await expect(checkOutput(join(dir, ".", "a.xlsx"), [input])).rejects.toBeInstanceOf(CliError);
    await expect(checkOutput(join(dir, "link.xlsx"), [input])).rejects.toBeInstanceOf(CliError);
    await expect(checkOutput(join(dir, "b.xlsx"), [input])).resolves.toBeUndefined();
  });
});

describe("writeOutput", () => {
  it("writes through a temporary file, leaving nothing else behind", async () => {
    const out = join(dir, "sub", "tong-hop.xlsx");
    await writeOutput(out, new Uint8Array([1, 2, 3]));
    await writeOutput(out, new Uint8Array([4, 5]));
    expect([...readFileSync(out)]).toEqual([4, 5]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["tong-hop.xlsx"]);
  });

  it("says which file it could not write", async () => {
    writeFileSync(join(dir, "file"), "x");
    await expect(writeOutput(join(dir, "file", "out.xlsx"), new Uint8Array([1]))).rejects.toThrow(
      /out\.xlsx/,
    );
  });
});
