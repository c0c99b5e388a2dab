import { Command, Option } from "commander";
import { runConsolidate } from "./commands/consolidate.js";
import { runEvaluate } from "./commands/evaluate.js";
import { runTemplate } from "./commands/template.js";
import { runTotal } from "./commands/total.js";
import { runValidate } from "./commands/validate.js";
import { say, setLang } from "./i18n.js";

/** The program, with the exit code of the command that ran. */
export interface TonghopProgram extends Command {
  exitCodeOfRun?: number;
}

/** Commander's own complaints (unknown option, missing argument), in the user's language. */
function usageMessage(text: string): string {
  const detail = text.trim().replace(/^error:\s*/, "");
  const patterns: [RegExp, string][] = [
    [/^unknown option/, "tùy chọn không hợp lệ"],
    [/^unknown command/, "lệnh không hợp lệ"],
    [/^missing required argument/, "thiếu tham số bắt buộc"],
    [/^required option/, "thiếu tùy chọn bắt buộc"],
    [/^option .* argument missing/, "tùy chọn thiếu giá trị"],
    [/^too many arguments/, "thừa tham số"],
    [/^option .* argument .* is invalid/, "giá trị không hợp lệ"],
  ];
  const vi = patterns.find(([re]) => re.test(detail))?.[1] ?? "cách dùng không đúng";
  return say({
    vi: `tonghop: ${vi} (${detail}). Xem hướng dẫn: tonghop --help`,
    en: `tonghop: ${detail}. See: tonghop --help`,
  });
}

export function buildProgram(): TonghopProgram {
  const program: TonghopProgram = new Command("tonghop");
  const done = (code: number) => {
    program.exitCodeOfRun = code;
  };
  program
    .description(
      say({
        vi: "Kiểm tra, tính tổng và tổng hợp báo cáo công tác tuyên truyền miệng và hoạt động báo cáo viên (mẫu TTM-01).",
        en: "Check, total and consolidate reports on oral propaganda work and reporter activity (form TTM-01).",
      }),
    )
    .version("0.1.0", "-V, --version", say({ vi: "xem phiên bản", en: "show the version" }))
    .helpCommand("help [command]", say({ vi: "xem hướng dẫn của một lệnh", en: "show help for a command" }))
    .helpOption("-h, --help", say({ vi: "xem hướng dẫn", en: "show help" }))
    .addOption(
      new Option(
        "--lang <lang>",
        say({ vi: "ngôn ngữ thông báo: vi (mặc định) hoặc en", en: "language: vi (default) or en" }),
      )
        .choices(["vi", "en"])
        .env("TONGHOP_LANG"),
    )
    .hook("preAction", (cmd) => setLang(cmd.opts().lang as string | undefined));

  // Usage errors in the user's language (commander writes English ones otherwise).
  const vietnameseErrors = (cmd: Command) =>
    cmd.exitOverride().configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`${usageMessage(text)}\n`),
    });
  vietnameseErrors(program);

  vietnameseErrors(
    program
      .command("validate")
      .description(say({ vi: "kiểm tra báo cáo của đơn vị", en: "check units' reports" }))
      .argument("<files...>", say({ vi: "tệp .xlsx hoặc thư mục", en: ".xlsx files or folders" }))
      .option("--json", say({ vi: "in kết quả dạng JSON", en: "print the result as JSON" }))
      .action(async (files: string[], opts: { json?: boolean }) => done(await runValidate(files, opts))),
  );

  vietnameseErrors(
    program
      .command("total")
      .description(
        say({
          vi: "tính tổng, điền các dòng tổng và chỉ số vào bản sao báo cáo",
          en: "fill totals and computed rows into a copy of a report",
        }),
      )
      .argument("<file>", say({ vi: "tệp .xlsx của đơn vị", en: "the unit's .xlsx file" }))
      .requiredOption("--out <file>", say({ vi: "tệp kết quả .xlsx", en: "the .xlsx file to write" }))
      .option("--values", say({ vi: "ghi số thay cho công thức", en: "write numbers instead of formulas" }))
      .action(async (file: string, opts: { out: string; values?: boolean }) =>
        done(await runTotal(file, opts)),
      ),
  );

  vietnameseErrors(
    program
      .command("consolidate")
      .description(say({ vi: "tổng hợp báo cáo của các đơn vị", en: "consolidate units' reports" }))
      .argument("<inputs...>", say({ vi: "tệp .xlsx hoặc thư mục", en: ".xlsx files or folders" }))
      .requiredOption(
        "--out <file>",
        say({ vi: "tệp tổng hợp .xlsx", en: "the consolidated .xlsx to write" }),
      )
      .option(
        "--hierarchy <file>",
        say({ vi: "danh sách đơn vị (CSV, .xlsx hoặc JSON)", en: "unit hierarchy (CSV, .xlsx or JSON)" }),
      )
      .option("--unit <code>", say({ vi: "mã đơn vị tổng hợp", en: "code of the consolidating unit" }))
      .option(
        "--period <id>",
        say({ vi: "kỳ báo cáo (2024, 2024S1, 2024Q2…)", en: "period (2024, 2024S1, 2024Q2…)" }),
      )
      .option("--json", say({ vi: "in kết quả dạng JSON", en: "print the result as JSON" }))
      .action(
        async (
          inputs: string[],
          opts: { out: string; hierarchy?: string; unit?: string; period?: string; json?: boolean },
        ) => done(await runConsolidate(inputs, opts)),
      ),
  );

  vietnameseErrors(
    program
      .command("evaluate")
      .description(say({ vi: "đánh giá chỉ tiêu của một báo cáo", en: "evaluate targets on a report" }))
      .argument("<file>", say({ vi: "tệp .xlsx", en: "the .xlsx file" }))
      .option(
        "--targets <file>",
        say({ vi: "tệp JSON các chỉ tiêu riêng", en: "JSON file of your own targets" }),
      )
      .option("--json", say({ vi: "in kết quả dạng JSON", en: "print the result as JSON" }))
      .action(async (file: string, opts: { targets?: string; json?: boolean }) =>
        done(await runEvaluate(file, opts)),
      ),
  );

  vietnameseErrors(
    program
      .command("template")
      .description(
        say({ vi: "tạo mẫu biểu TTM-01 trống cho một đơn vị", en: "write a blank TTM-01 for a unit" }),
      )
      .requiredOption("--unit <code>", say({ vi: "mã đơn vị", en: "unit code" }))
      .requiredOption(
        "--period <id>",
        say({ vi: "kỳ báo cáo (2024, 2024S1…)", en: "period (2024, 2024S1…)" }),
      )
      .requiredOption("--out <file>", say({ vi: "tệp .xlsx sẽ ghi", en: "the .xlsx file to write" }))
      .option("--hierarchy <file>", say({ vi: "danh sách đơn vị", en: "unit hierarchy" }))
      .action(async (opts: { unit: string; period: string; out: string; hierarchy?: string }) =>
        done(await runTemplate(opts)),
      ),
  );

  return program;
}
