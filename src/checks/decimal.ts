/**
 * Exact decimal sums of amounts (万元, 元): each number is taken as the decimal it prints as (its shortest
 * round-trip form, which is what the author typed), and sums are kept as a scaled big integer, so that
 * 0.1 + 0.2 is 0.3, not 0.30000000000000004.
 *
 * @module
 */

const ten = 10n;

/** `10^n` as a bigint (n ≥ 0). */
function pow10(n: number): bigint {
  return ten ** BigInt(n);
}

/** The end of `digits` without its trailing zeros, not before `from` (a loop: no backtracking pattern). */
function trimmedEnd(digits: string, from: number): number {
  let end = digits.length;
  while (end > from && digits.charCodeAt(end - 1) === 48) end--;
  return end;
}

/**
 * An exact running sum of decimal numbers: a big integer mantissa and a scale (digits after the point).
 *
 * @example
 * ```ts
 * const sum = new DecimalSum();
 * sum.add(0.1);
 * sum.add(0.2);
 * sum.toNumber(); // 0.3
 * ```
 */
export class DecimalSum {
  /** The value is `mantissa / 10^scale`. */
  private mantissa = 0n;
  private scale = 0;

  /** Adds `x`, a finite number, taken as the decimal it prints as. */
  add(x: number): void {
    this.addShifted(x, 0);
  }

  /** Adds `x / 10^shift` exactly (`shift` 4 turns 元 into 万元). */
  addShifted(x: number, shift: number): void {
    if (shift === 0 && Number.isSafeInteger(x)) {
      this.addParts(BigInt(x), 0);
      return;
    }
    const text = String(x);
    const e = text.indexOf("e");
    const body = e < 0 ? text : text.slice(0, e);
    const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
    const dot = body.indexOf(".");
    const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
    const fraction = dot < 0 ? 0 : body.length - dot - 1;
    this.addParts(BigInt(digits), fraction - exponent + shift);
  }

  /** Adds another sum. */
  addSum(other: DecimalSum): void {
    this.addParts(other.mantissa, other.scale);
  }

  /** Subtracts another sum. */
  subtractSum(other: DecimalSum): void {
    this.addParts(-other.mantissa, other.scale);
  }

  /** True when the sum is zero. */
  isZero(): boolean {
    return this.mantissa === 0n;
  }

  private addParts(m: bigint, s: number): void {
    if (s < 0) {
      m *= pow10(-s);
      s = 0;
    }
    if (s > this.scale) {
      this.mantissa *= pow10(s - this.scale);
      this.scale = s;
    } else if (s < this.scale) {
      m *= pow10(this.scale - s);
    }
    this.mantissa += m;
  }

  /** −1, 0 or 1 as this sum is less than, equal to or greater than `other`. */
  compare(other: DecimalSum): -1 | 0 | 1 {
    const s = Math.max(this.scale, other.scale);
    const a = this.mantissa * pow10(s - this.scale);
    const b = other.mantissa * pow10(s - other.scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The exact decimal, without trailing zeros: `"0.3"`, `"-12"`. */
  toString(): string {
    const negative = this.mantissa < 0n;
    let digits = (negative ? -this.mantissa : this.mantissa).toString();
    let out: string;
    if (this.scale === 0) out = digits;
    else {
      if (digits.length <= this.scale) digits = "0".repeat(this.scale - digits.length + 1) + digits;
      const point = digits.length - this.scale;
      const fraction = digits.slice(point, trimmedEnd(digits, point));
      out = fraction === "" ? digits.slice(0, point) : `${digits.slice(0, point)}.${fraction}`;
    }
    return negative && out !== "0" ? `-${out}` : out;
  }

  /** The nearest number to the exact sum. */
  toNumber(): number {
    return Number(this.toString());
  }
}
