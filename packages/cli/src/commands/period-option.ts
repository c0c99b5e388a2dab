import { Period } from "@tonghop/core";
import { CliError } from "../errors.js";

/** --period as an id (2024S1) or a Vietnamese label (Quý II/2024); a bad one stops the command. */
export function parsePeriodOption(text: string): Period {
  const period = Period.tryParse(text);
  if (!period) {
    throw new CliError({
      vi: `Kỳ báo cáo "${text}" không hợp lệ. Hãy ghi như 2024 (năm), 2024S1 (6 tháng đầu năm), 2024N9 (9 tháng), 2024Q2 (quý II), 2024M04 (tháng 4) hoặc "Quý II/2024".`,
      en: `Period "${text}" is not valid. Write it as 2024 (year), 2024S1 (first half), 2024N9 (nine months), 2024Q2 (second quarter), 2024M04 (April) or "Quý II/2024".`,
    });
  }
  return period;
}
