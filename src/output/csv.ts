/** RFC 4180 CSV: fields with comma, quote or newline are quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
}

export function toCsv(columns: string[], rows: Iterable<string[]>): string {
  let out = columns.map(csvField).join(',') + '\r\n';
  for (const r of rows) out += r.map(csvField).join(',') + '\r\n';
  return out;
}
