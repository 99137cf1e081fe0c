/** Display width (East Asian Width) and the clean-up of printed text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, displayWidth, eastAsianWidth, padDisplay } from "../../src/render.js";
import { runs } from "../support/runs.js";

describe("displayWidth", () => {
  it("counts CJK and full-width characters two columns, ASCII one", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("中文")).toBe(4);
    expect(displayWidth("表三（七）总计")).toBe(14);
    expect(displayWidth("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toBe(68); // 34 characters
    expect(displayWidth("ＡＢ１")).toBe(6); // full-width Latin and digits
    expect(displayWidth("　")).toBe(2); // ideographic space
    expect(displayWidth("、。〔〕《》")).toBe(12);
    expect(displayWidth("ｱｲｳ")).toBe(3); // half-width katakana
    expect(displayWidth("한국")).toBe(4);
    expect(displayWidth("𠀀")).toBe(2); // CJK Extension B (plane 2)
  });

  it("counts ambiguous characters one column, or two on request", () => {
    expect(displayWidth("“三安全一稳定”")).toBe(14);
    expect(displayWidth("“三安全一稳定”", { ambiguousWidth: 2 })).toBe(16);
    expect(displayWidth("·—", { ambiguousWidth: 2 })).toBe(4);
    expect(eastAsianWidth(0x201c)).toBe("ambiguous");
  });

  it("counts combining marks, format characters and grapheme clusters as printed", () => {
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb")).toBe(2);
    expect(displayWidth("😀")).toBe(2);
    expect(displayWidth("❤\ufe0f")).toBe(2);
    expect(displayWidth("👨‍👩‍👧")).toBe(2);
    expect(displayWidth("🇨🇳")).toBe(2);
  });

  it("classifies code points by East Asian Width", () => {
    expect(eastAsianWidth("中".codePointAt(0) as number)).toBe("wide");
    expect(eastAsianWidth(0xff08)).toBe("wide"); // （ Fullwidth
    expect(eastAsianWidth(0x3001)).toBe("wide"); // 、
    expect(eastAsianWidth(0x41)).toBe("narrow");
    expect(eastAsianWidth(0xff71)).toBe("narrow"); // ｱ Halfwidth
  });

  it("is additive over CJK, full-width and ASCII text (property)", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => ({ ch: String.fromCodePoint(cp), w: 2 })),
      fc.integer({ min: 0xff01, max: 0xff5e }).map((cp) => ({ ch: String.fromCodePoint(cp), w: 2 })),
      fc.integer({ min: 0x20, max: 0x7e }).map((cp) => ({ ch: String.fromCodePoint(cp), w: 1 })),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.map((u) => u.ch).join("");
        expect(displayWidth(text)).toBe(units.reduce((s, u) => s + u.w, 0));
      }),
      { numRuns: runs(300, 3000) },
    );
  });

  it("pads to a display width, aligned", () => {
    expect(padDisplay("总计", 8, "center")).toBe("  总计  ");
    expect(padDisplay("11", 4, "end")).toBe("  11");
    expect(padDisplay("自然人", 7)).toBe("自然人 ");
    expect(padDisplay("自然人", 2)).toBe("自然人");
  });
});

describe("cleanText", () => {
  it("removes controls and bidirectional overrides, turns breaks into spaces, trims", () => {
    expect(cleanText("连州\u001b[31m市\n政府\u202e")).toBe("连州[31m市 政府");
    expect(cleanText("  a\r\nb\tc\u0007\u0085d\u2028e  ")).toBe("a b c d e");
    expect(cleanText("\u2066x\u2069\u200fy")).toBe("xy");
  });

  it("leaves no control character (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const out = cleanText(s);
        expect(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u.test(out)).toBe(false);
        expect(out).toBe(out.trim());
      }),
      { numRuns: runs(300, 3000) },
    );
  });
});
