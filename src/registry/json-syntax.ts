/**
 * Where JSON text first breaks, and what was expected there. Engines word (and place)
 * `JSON.parse` errors differently and often give no position at all, so the validator and the
 * CLI use this to name a line and column that is the same everywhere.
 */
export interface JsonSyntaxError {
  /** Offset of the first character that cannot be read (the text's length at an early end). */
  offset: number;
  expected: string;
}

/** The first syntax error of `text` (RFC 8259), or `undefined` when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    throw { offset: i, expected } satisfies JsonSyntaxError;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          i += 2;
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) fail('four hexadecimal digits after \\u');
          i += 4;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
        }
        continue;
      }
      if (c < ' ') fail('the string to close before the line ends (write \\n for a newline)');
      i++;
    }
    fail('a closing double quote');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail('a property name in double quotes');
        string();
        space();
        if (text[i] !== ':') fail('":" after the property name');
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== '-') return void (i += number[0].length);
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return void (i += word.length);
    fail('a value: an object, array, string, number, true, false or null');
  };
  try {
    value();
    space();
    if (i < text.length) fail('the end of the document');
    return undefined;
  } catch (error) {
    if (typeof (error as JsonSyntaxError)?.offset === 'number') return error as JsonSyntaxError;
    throw error;
  }
}

/** `line L, column C` of an offset (both from 1). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** `line L, column C: expected …, found …` for JSON text that failed to parse (the engine's message as a last resort). */
export function describeJsonError(text: string, error?: unknown): string {
  const found = locateJsonError(text);
  if (!found) return String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
  const { line, column } = lineAndColumn(text, found.offset);
  const at = text[found.offset];
  return `line ${line}, column ${column}: expected ${found.expected}, found ${at === undefined ? 'the end of the text' : JSON.stringify(at)}`;
}
