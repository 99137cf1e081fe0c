/** The Chinese formatting helpers: numerals, ordinals, dates, amounts, punctuation. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  articleItem,
  chineseNumeral,
  formatAmount,
  formatAmountWithUnit,
  formatDate,
  itemOrdinal,
  listOrdinal,
  punctuation,
  sectionOrdinal,
} from "../../src/render.js";
import { runs } from "../support/runs.js";

/** An independent reader of Chinese numerals (the test's own), to check the writer by round trip. */
function readNumeral(text: string): number {
  const digit: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const big: Record<string, number> = { 万: 1e4, 亿: 1e8 };
  let total = 0;
  let section = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in digit) current = digit[ch] as number;
    else if (ch in unit) {
      section += (current === 0 ? 1 : current) * (unit[ch] as number);
      current = 0;
    } else if (ch in big) {
      total += (section + current) * (big[ch] as number);
      section = 0;
      current = 0;
    } else throw new Error(`not a numeral: ${ch}`);
  }
  return total + section + current;
}

describe("numerals and ordinals", () => {
  it("writes the numerals of the format as printed", () => {
    const seen = [1, 2, 3, 10, 11, 12, 20, 22, 99, 100, 101, 105, 110, 1001, 1010, 10000, 10001, 100010].map(
      chineseNumeral,
    );
    expect(seen).toStrictEqual([
      "一",
      "二",
      "三",
      "十",
      "十一",
      "十二",
      "二十",
      "二十二",
      "九十九",
      "一百",
      "一百零一",
      "一百零五",
      "一百一十",
      "一千零一",
      "一千零一十",
      "一万",
      "一万零一",
      "十万零一十",
    ]);
    expect(chineseNumeral(0)).toBe("零");
  });

  it("round-trips through an independent reader (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const text = chineseNumeral(n);
        expect(readNumeral(text)).toBe(n);
        if (n > 0) expect(text).not.toMatch(/零零|零$/);
      }),
      { numRuns: runs(500, 5000) },
    );
  });

  it("rejects what is not a non-negative integer below 10¹² (a programmer error)", () => {
    for (const bad of [-1, 1.5, Number.NaN, 1e12]) expect(() => chineseNumeral(bad)).toThrow(RangeError);
  });

  it("writes the ordinals of headings, items, lists and article citations", () => {
    expect([1, 6, 22].map(sectionOrdinal)).toStrictEqual(["一、", "六、", "二十二、"]);
    expect([1, 7, 12].map(itemOrdinal)).toStrictEqual(["（一）", "（七）", "（十二）"]);
    expect(listOrdinal(3)).toBe("3.");
    expect(articleItem(20, 5)).toBe("第二十条第（五）项");
    expect(articleItem(50)).toBe("第五十条");
  });

  it("uses the full-width punctuation of official documents", () => {
    expect(Object.values(punctuation).every((p) => [...p].length === 1)).toBe(true);
    expect(punctuation.leftParen.codePointAt(0)).toBe(0xff08);
    expect(punctuation.rightParen.codePointAt(0)).toBe(0xff09);
    expect(punctuation.enumerationComma.codePointAt(0)).toBe(0x3001);
    expect(punctuation.colon.codePointAt(0)).toBe(0xff1a);
    expect(punctuation.comma.codePointAt(0)).toBe(0xff0c);
    expect(punctuation.leftQuote.codePointAt(0)).toBe(0x201c);
  });
});

describe("dates", () => {
  it("writes a date as under the signature, from a triple or an ISO string", () => {
    expect(formatDate({ year: 2024, month: 1, day: 12 })).toBe("2024年1月12日");
    expect(formatDate("2024-01-12")).toBe("2024年1月12日");
    expect(formatDate("2021-09-26")).toBe("2021年9月26日");
  });

  it("agrees for both inputs and never depends on a time zone (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(formatDate(iso)).toBe(formatDate({ year: y, month: m, day: d }));
          expect(formatDate(iso)).toBe(`${y}年${m}月${d}日`);
        },
      ),
      { numRuns: runs(200, 2000) },
    );
  });

  it("rejects a malformed date (a programmer error)", () => {
    for (const bad of ["2024-1-12", "2024-13-01", "2024-00-10", "yesterday"])
      expect(() => formatDate(bad)).toThrow(RangeError);
    expect(() => formatDate({ year: 2024, month: 2, day: 0 })).toThrow(RangeError);
  });
});

describe("amounts", () => {
  it("prints without float noise", () => {
    expect(formatAmount(0.1 + 0.2)).toBe("0.3");
    expect(formatAmount(1.1 * 3)).toBe("3.3");
    expect(formatAmount(1864.5)).toBe("1864.5");
    expect(formatAmount(251000)).toBe("251000");
    expect(formatAmount(0)).toBe("0");
    expect(formatAmount(-0)).toBe("0");
    expect(formatAmount(1e-7)).toBe("0.0000001");
    expect(formatAmount(1.5e21)).toBe("1500000000000000000000");
    expect(formatAmountWithUnit(0.1 + 0.2, "万元")).toBe("0.3万元");
  });

  it("prints any decimal of up to 15 significant digits exactly as written (property)", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.integer({ min: 0, max: 15 }))
      .map(([digits, scale]) => {
        const s = digits.toString().padStart(scale + 1, "0");
        const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
        // the canonical form: no trailing zeros after the point, no point without decimals
        return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
      });
    fc.assert(
      fc.property(decimal, (text) => {
        expect(formatAmount(Number(text))).toBe(text);
      }),
      { numRuns: runs(500, 5000) },
    );
  });

  it("never prints an exponent or digit grouping, and reads back within 15 significant digits (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e25, noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = formatAmount(x);
        expect(text).toMatch(/^\d+(\.\d+)?$/);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-14);
      }),
      { numRuns: runs(500, 5000) },
    );
  });
});
