/**
 * Arbitrary cell values and envelopes, by kind (from the descriptors' `kind` and `values`).
 *
 * @module
 */
import type { FieldDescriptor } from "../../format/descriptor.js";
import { type Edition, editionYears } from "../../format/editions.js";
import { daysInMonth } from "../../validate/date.js";
import type { Arbitrary, FastCheck } from "./fast-check.js";

/**
 * A count: mostly small (zero is common), sometimes large; `wide` adds values up to `Number.MAX_SAFE_INTEGER`
 * (only where no total must stay safe).
 *
 * @example
 * ```ts
 * arbCount(fc, false).generate(mrng, 1);
 * ```
 */
export function arbCount(fc: FastCheck, wide: boolean): Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.nat(30), weight: 8 },
    { arbitrary: fc.nat(100_000), weight: 3 },
    { arbitrary: fc.nat(wide ? Number.MAX_SAFE_INTEGER : 1_000_000_000), weight: 1 },
  );
}

/**
 * A value for a cell of the given kind (never blank).
 *
 * @example
 * ```ts
 * arbCellValue(fc, applicantFields[0], false);
 * ```
 */
export function arbCellValue(fc: FastCheck, field: FieldDescriptor, wide: boolean): Arbitrary<number | string> {
  switch (field.kind) {
    case "count":
      return arbCount(fc, wide);
    case "signed":
      return fc.oneof(
        { arbitrary: fc.integer({ min: -30, max: 30 }), weight: 8 },
        {
          arbitrary: fc.integer({
            min: wide ? Number.MIN_SAFE_INTEGER : -1_000_000,
            max: wide ? Number.MAX_SAFE_INTEGER : 1_000_000,
          }),
          weight: 2,
        },
      );
    case "amount":
      return fc.oneof(
        { arbitrary: fc.nat(1000), weight: 4 },
        { arbitrary: fc.nat(100_000_000).map((cents) => cents / 100), weight: 4 },
        { arbitrary: fc.double({ min: 0, max: wide ? Number.MAX_VALUE : 1e12, noNaN: true }), weight: wide ? 2 : 1 },
      );
    case "unit":
      return fc.constantFrom(...(field.values ?? []));
  }
}

/** Organs as printed, realistic and not. */
const organs = ["连州市人民政府办公室", "某县教育局", "某市人民政府", "某区财政局", "某街道办事处"] as const;

/**
 * The issuing organ: a realistic name, or any string with something other than white space.
 *
 * @example
 * ```ts
 * arbOrgan(fc);
 * ```
 */
export function arbOrgan(fc: FastCheck): Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...organs), weight: 3 },
    {
      arbitrary: fc
        .string({ minLength: 1, maxLength: 30, unit: "grapheme" })
        .map((s) => (s.trim() === "" ? `机关${s}` : s)),
      weight: 1,
    },
  );
}

/**
 * An ISO date that exists, in years `from` … `to`.
 *
 * @example
 * ```ts
 * arbIsoDate(fc, 2024, 2024); // "2024-02-29", …
 * ```
 */
export function arbIsoDate(fc: FastCheck, from: number, to: number, months = 12): Arbitrary<string> {
  return fc
    .record({
      y: fc.integer({ min: from, max: to }),
      m: fc.integer({ min: 1, max: months }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => {
      const day = Math.min(d, daysInMonth(y, m));
      return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    });
}

/**
 * The report year: within the edition's years mostly; with `wide`, anywhere from 1900 to 9999.
 *
 * @example
 * ```ts
 * arbYear(fc, "2019", false); // 2019 or 2020
 * ```
 */
export function arbYear(fc: FastCheck, edition: Edition, wide: boolean): Arbitrary<number> {
  const { from, to } = editionYears(edition);
  const own = fc.integer({ min: from, max: to ?? from + 30 });
  return wide
    ? fc.oneof({ arbitrary: own, weight: 4 }, { arbitrary: fc.integer({ min: 1900, max: 9999 }), weight: 1 })
    : own;
}

/** Paragraphs of prose. */
export function arbParagraphs(fc: FastCheck): Arbitrary<string[]> {
  return fc.array(
    fc.oneof(
      fc.constantFrom("全年收到政府信息公开申请12件，均已按时答复。", "本机关坚持以公开为常态、不公开为例外。", ""),
      fc.string({ maxLength: 40, unit: "grapheme" }),
    ),
    { maxLength: 3 },
  );
}
