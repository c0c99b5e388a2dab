/** The separator of a CSV text: `;` (what Excel writes under a Vietnamese locale), tab or `,`, whichever the header line uses most outside quotes. */
function detectSeparator(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * RFC 4180 rows: quoted fields with `""` for a quote and line breaks inside, CRLF or LF, a leading
 * BOM dropped. A quote anywhere in a field opens or closes quoting, as Excel reads it. Runs of
 * plain characters are sliced whole, not added a character at a time: a national hierarchy is
 * 150,000 characters.
 */
export function parseCsvRows(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text).charCodeAt(0);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  // Start of the run of plain characters not yet added to the field.
  let from = 0;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quoted) {
      if (code !== QUOTE) continue;
      field += text.slice(from, i);
      if (text.charCodeAt(i + 1) === QUOTE) {
        // A doubled quote: the second one starts the next run.
        i++;
        from = i;
      } else {
        quoted = false;
        from = i + 1;
      }
    } else if (code === QUOTE || code === separator || code === LF || code === CR) {
      field += text.slice(from, i);
      if (code === QUOTE) quoted = true;
      else if (code === separator) {
        row.push(field);
        field = "";
      } else {
        if (code === CR && text.charCodeAt(i + 1) === LF) i++;
        endRow();
      }
      from = i + 1;
    }
  }
  field += text.slice(from);
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
