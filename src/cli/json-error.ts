/**
 * Where a JSON text stops being JSON, and why, in words a person can act on: line and column (1-based, columns
 * counted in characters) and the reason in Chinese and English. Run only on a text `JSON.parse` refused: a scan of
 * the grammar (RFC 8259) with an explicit stack, so that deep nesting cannot overflow the call stack.
 *
 * @module
 */

/**
 * The first syntax error of a JSON text.
 *
 * @example
 * ```ts
 * const e: JsonSyntaxError = { line: 1, column: 2, zh: "此处应为带双引号的键名", en: "a key in double quotes is expected here" };
 * ```
 */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly zh: string;
  readonly en: string;
}

const whitespace = new Set([" ", "\t", "\n", "\r"]);

/**
 * The first syntax error of `text`, or `undefined` when it is JSON.
 *
 * @example
 * ```ts
 * jsonSyntaxError('{"a":1,\n}'); // { line: 2, column: 1, zh: "此处应为带双引号的键名", … }
 * ```
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (zh: string, en: string): JsonSyntaxError => {
    let line = 1;
    let start = 0;
    for (let i = 0; i < at && i < text.length; i++)
      if (text[i] === "\n") {
        line++;
        start = i + 1;
      }
    return { line, column: Array.from(text.slice(start, at)).length + 1, zh, en };
  };
  const skip = () => {
    while (at < text.length && whitespace.has(text[at] as string)) at++;
  };
  const unexpected = (expected: readonly [string, string]): JsonSyntaxError =>
    at >= text.length
      ? fail(`内容在此结束，但${expected[0]}`, `the text ends here, but ${expected[1]}`)
      : fail(`此处有意外的字符「${text[at]}」，${expected[0]}`, `unexpected “${text[at]}” here: ${expected[1]}`);
  const value: readonly [string, string] = ["应为一个值", "a value is expected"];
  /** Reads a string at `at` (on its opening quote); an error, or undefined. */
  const string = (): JsonSyntaxError | undefined => {
    at++;
    while (at < text.length) {
      const c = text[at] as string;
      if (c === '"') {
        at++;
        return undefined;
      }
      if (c === "\\") {
        const e = text[at + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            return fail("\\u 之后应为四位十六进制数", "\\u must be followed by four hex digits");
          at += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) at += 2;
        else return fail("无效的转义序列", "invalid escape sequence");
        continue;
      }
      if (c.charCodeAt(0) < 0x20)
        return fail("字符串中有未转义的控制字符（如换行）", "unescaped control character (a line break?) in a string");
      at++;
    }
    return fail("字符串没有结束的引号", "unterminated string");
  };
  const number = (): JsonSyntaxError | undefined => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (m === null || m[0] === "" || m[0] === "-") return unexpected(value);
    at += m[0].length;
    return undefined;
  };
  // the containers open, innermost last: "{" expecting a key, ":" a value after a key, "[" a value, "," more
  const stack: ("object" | "array")[] = [];
  skip();
  for (;;) {
    // a value
    skip();
    const c = text[at];
    if (c === "{" || c === "[") {
      at++;
      skip();
      if (c === "{") {
        if (text[at] === "}") at++;
        else {
          stack.push("object");
          const e = key();
          if (e !== undefined) return e;
          continue;
        }
      } else if (text[at] === "]") at++;
      else {
        stack.push("array");
        continue;
      }
    } else if (c === '"') {
      const e = string();
      if (e !== undefined) return e;
    } else if (c !== undefined && (c === "-" || (c >= "0" && c <= "9"))) {
      const e = number();
      if (e !== undefined) return e;
    } else if (text.startsWith("true", at)) at += 4;
    else if (text.startsWith("false", at)) at += 5;
    else if (text.startsWith("null", at)) at += 4;
    else return unexpected(value);
    // after a value: close containers, or a comma and the next member
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (at < text.length)
          return fail(`此处有多余的内容「${text[at]}」`, `unexpected “${text[at]}” after the JSON value`);
        return undefined;
      }
      const close = top === "object" ? "}" : "]";
      if (text[at] === close) {
        at++;
        stack.pop();
        continue;
      }
      if (text[at] !== ",")
        return unexpected(
          top === "object"
            ? ["应为逗号或 }", "a comma or } is expected"]
            : ["应为逗号或 ]", "a comma or ] is expected"],
        );
      at++;
      skip();
      if (top === "object") {
        const e = key();
        if (e !== undefined) return e;
      } else if (text[at] === "]") return fail("] 之前有多余的逗号", "a trailing comma before ]");
      break;
    }
  }

  /** A key and its colon, at `at`. */
  function key(): JsonSyntaxError | undefined {
    skip();
    if (text[at] === "}")
      return fail(
        "} 之前有多余的逗号，或此处应为带双引号的键名",
        "a trailing comma before }, or a key in double quotes is expected here",
      );
    if (text[at] !== '"') return unexpected(["应为带双引号的键名", "a key in double quotes is expected"]);
    const e = string();
    if (e !== undefined) return e;
    skip();
    if (text[at] !== ":") return unexpected(["键名之后应为冒号", "a colon is expected after the key"]);
    at++;
    return undefined;
  }
}
