/**
 * CJK radicals that PDF text layers give for ordinary characters, turned back into the characters: fonts such
 * as Noto CJK draw 行 and the Kangxi radical ⾏ (U+2F8F), 民 and the radical ⺠ (U+2EA0) with one glyph, and
 * a PDF's ToUnicode map may name the radical (Chromium's PDFs do, and many Word exports), so a label reads
 * 「⾏政复议」 and no longer matches. Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs become
 * their characters by Unicode normalisation (NFKC); the CJK Radicals Supplement (U+2E80–U+2EF3) has no
 * normalisation, so its table below is Unicode's `EquivalentUnifiedIdeograph.txt` (Unicode 15.0, Debian's
 * `unicode-data`; regenerate with `tests/pdf/support/radicals.py`).
 *
 * @module
 */

/** Pairs of code points: a radical of the supplement, then its equivalent unified ideograph. */
const supplement =
  "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母" +
  "⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑" +
  "⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风" +
  "⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

let table: Map<string, string> | undefined;

function supplementTable(): Map<string, string> {
  if (table !== undefined) return table;
  const points = Array.from(supplement);
  table = new Map();
  for (let i = 0; i + 1 < points.length; i += 2) table.set(points[i] as string, points[i + 1] as string);
  return table;
}

/** True for a code unit that may start a radical or a compatibility ideograph. */
function mayChange(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff) || code === 0xd87e;
}

/**
 * The text with CJK radicals and compatibility ideographs replaced by the characters they stand for; other
 * characters (full-width digits and punctuation among them) are left as they are.
 *
 * @example
 * ```ts
 * unifyIdeographs("⾏政复议、⼈⺠政府、⻔⼾"); // "行政复议、人民政府、门户"
 * ```
 */
export function unifyIdeographs(text: string): string {
  let i = 0;
  while (i < text.length && !mayChange(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (const ch of text.slice(i)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 && code <= 0x2eff) out += supplementTable().get(ch) ?? ch;
    // ⼾ DOOR: NFKC gives the traditional 戶, but simplified-Chinese fonts draw it as 户 and share that glyph
    else if (code === 0x2f3e) out += "户";
    else if (
      (code >= 0x2f00 && code <= 0x2fdf) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0x2f800 && code <= 0x2fa1f)
    )
      out += ch.normalize("NFKC");
    else out += ch;
  }
  return out;
}
