/**
 * Text as XML 1.0 takes it: what the model may hold but an XML part may not — a lone surrogate, U+FFFE, U+FFFF, a
 * C0 control other than tab and line feed — is left out (a Word file with one is damaged to every reader), and
 * markup characters are escaped where the package does not do it (the parts written here by hand).
 *
 * @module
 */

// a high surrogate alone, a low surrogate alone, U+FFFE and U+FFFF, the C0 controls but tab, line feed and carriage
// return (a literal: the redos test vets every pattern built at run time, and this one needs no building)
const notXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML refuses is the point
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * The text without the characters XML 1.0 does not allow.
 *
 * @example
 * ```ts
 * xmlSafe("某\uD800局"); // "某局"
 * ```
 */
export function xmlSafe(text: string): string {
  return text.replace(notXml, "");
}

/**
 * The text allowed in XML and escaped for an attribute or element (`<`, `>`, `&`, `"`).
 *
 * @example
 * ```ts
 * escapeXml('A & "B"'); // "A &amp; &quot;B&quot;"
 * ```
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c);
}
