/**
 * Python's `csv.reader` with the default (excel) dialect, which the RECORD spec names as the reader
 * every tool must be compatible with: `,` between fields, `"` quotes with `""` inside, `\r\n`, `\n`
 * or `\r` between records, non-strict (stray quotes are kept as text).
 */

/** One CSV record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** True when the text ended inside a quoted field (Python's non-strict reader accepts it). */
  unterminated?: boolean;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Where the run of characters from `from` that the current state takes as they are ends: at a line
 * break, and at `,` outside quotes or `"` inside them. Taking a run at once spares a string per
 * character.
 */
function plainRunEnd(text: string, from: number, quoted: boolean): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF || (quoted ? c === QUOTE : c === COMMA)) break;
  }
  return i;
}

type State = 'startRecord' | 'startField' | 'inField' | 'inQuoted' | 'quoteInQuoted';

/** Splits `text` into records as Python's csv.reader does; a blank line is a record with no fields. */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let state: State = 'startRecord';
  let line = 1;
  let recordLine = 1;
  const saveField = (): void => {
    fields.push(field);
    field = '';
  };
  const endRecord = (): void => {
    records.push({ fields, line: recordLine });
    fields = [];
    state = 'startRecord';
  };
  let i = 0;
  // The rest of a run of plain characters (see plainRunEnd), consumed.
  const takeRun = (quoted: boolean): string => {
    const end = plainRunEnd(text, i, quoted);
    const run = text.slice(i, end);
    i = end;
    return run;
  };
  while (i < text.length) {
    // `\r\n` is one line break, as are a lone `\r` and a lone `\n`.
    const chunk = text[i] === '\r' && text[i + 1] === '\n' ? '\r\n' : text[i]!;
    i += chunk.length;
    const newline = chunk === '\n' || chunk === '\r' || chunk === '\r\n';
    if (state === 'startRecord') {
      recordLine = line;
      if (newline) endRecord();
      else state = 'startField';
    }
    if (state !== 'startRecord' || !newline) {
      switch (state) {
        case 'startField':
          if (newline) {
            saveField();
            endRecord();
          } else if (chunk === '"') state = 'inQuoted';
          else if (chunk === ',') saveField();
          else {
            field = chunk + takeRun(false);
            state = 'inField';
          }
          break;
        case 'inField':
          if (newline) {
            saveField();
            endRecord();
          } else if (chunk === ',') {
            saveField();
            state = 'startField';
          } else field += chunk + takeRun(false);
          break;
        case 'inQuoted':
          if (chunk === '"') state = 'quoteInQuoted';
          else field += chunk + takeRun(true);
          break;
        case 'quoteInQuoted':
          if (chunk === '"') {
            field += '"';
            state = 'inQuoted';
          } else if (chunk === ',') {
            saveField();
            state = 'startField';
          } else if (newline) {
            saveField();
            endRecord();
          } else {
            field += chunk;
            state = 'inField';
          }
          break;
      }
    }
    if (newline) line++;
  }
  if (state !== 'startRecord') {
    const unterminated = state === 'inQuoted';
    saveField();
    records.push(unterminated ? { fields, line: recordLine, unterminated } : { fields, line: recordLine });
  }
  return records;
}
