import { z } from "zod";
import { FormDefinition } from "./schema.js";

/** The JSON Schema of a form definition, so editors can check a user's own form file. */
export function formJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FormDefinition, { io: "input" }) as Record<string, unknown>;
}
