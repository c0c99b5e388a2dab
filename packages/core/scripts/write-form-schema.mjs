// Writes dist/form.schema.json from the zod schema, so editors can check users' own form files.
import { writeFileSync } from "node:fs";
import { formJsonSchema } from "../dist/index.js";

writeFileSync(
  new URL("../dist/form.schema.json", import.meta.url),
  `${JSON.stringify(formJsonSchema(), null, 2)}\n`,
);
