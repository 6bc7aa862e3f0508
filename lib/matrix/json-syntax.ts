// Finds where a JSON text first breaks the grammar. JSON.parse's messages differ between
// engines and Node versions (some carry no position at all), so admins would get
// "Unexpected token" with no idea where; this small scanner gives a stable line and column.

export type JsonSyntaxError = { offset: number; line: number; column: number; message: string };

const MAX_DEPTH = 256;

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stop = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === "\\") {
        const next = text[i + 1] ?? "";
        if ('"\\/bfnrt'.includes(next) && next !== "") i += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else stop("Invalid escape sequence in a string");
      } else if (c < " ")
        stop("A string contains a raw line break or control character; write \\n instead, or close the quote");
      else i++;
    }
    stop('A string is never closed (missing ")', start);
  };
  const number = () => {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = i;
    if (!re.exec(text)) stop("Invalid number");
    i = re.lastIndex;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) stop("Nested too deeply");
    ws();
    const c = text[i];
    if (c === undefined) return stop("The file ends where a value was expected");
    if (c === "{") return container(depth, "}");
    if (c === "[") return container(depth, "]");
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    stop(
      c === "'"
        ? 'Use double quotes (") for strings, not single quotes'
        : `Unexpected character ${JSON.stringify(c)} where a value was expected`,
    );
  };
  const container = (depth: number, close: "}" | "]") => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      if (close === "}") {
        ws();
        if (text[i] !== '"')
          stop(i >= text.length ? "The file ends inside an object" : "Expected a property name in double quotes");
        string();
        ws();
        if (text[i] !== ":") stop("Expected ':' after the property name");
        i++;
      }
      value(depth + 1);
      ws();
      if (text[i] === ",") {
        i++;
        ws();
        if (text[i] === close) stop(`Trailing comma before '${close}'`);
        continue;
      }
      if (text[i] === close) return void i++;
      stop(i >= text.length ? `The file ends before the closing '${close}'` : `Expected ',' or '${close}'`);
    }
  };
  try {
    value(0);
    ws();
    if (i < text.length) stop("Unexpected text after the end of the JSON document");
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { offset: e.offset, ...lineColumn(text, e.offset), message: e.message };
  }
}
