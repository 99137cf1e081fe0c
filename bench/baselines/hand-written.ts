/**
 * The floor: a validator and 表三/表四 checker written by hand, the way a person who knows the format would
 * write it for one job — named property reads, one small function per row type, no plan, no messages.
 *
 * It does the same structural validation as `validateReport` (plain objects, exact key counts, every cell a
 * non-negative safe integer, a signed safe integer, a finite non-negative amount or a unit — or null — the
 * envelope's organ, year, date, title, preamble and sections; both editions) and the same sums as the 表三/表四
 * rules of `checkReport` (T3.row-total on every row, T3.balance and T3.results-total on every column, T4.total
 * on every group; a blank operand makes an instance unassessable). It says how many instances fail or cannot
 * be assessed, and nothing else: no findings, no wording.
 *
 * Deliberately NOT derived from the descriptors (the benchmark's point is to compare against code written
 * without them); `tests/bench/hand-written.test.ts` proves it agrees with the library.
 *
 * @module
 */

type Obj = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: rows are read by name after validation
type Row = any;

const objectPrototype = Object.prototype;

function isObject(x: unknown): x is Obj {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === objectPrototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

function isCount(v: unknown): boolean {
  return v === null || (typeof v === "number" && Number.isSafeInteger(v) && v >= 0);
}

function isSigned(v: unknown): boolean {
  return v === null || (typeof v === "number" && Number.isSafeInteger(v));
}

function isAmount(v: unknown): boolean {
  return v === null || (typeof v === "number" && v >= 0 && v < Number.POSITIVE_INFINITY);
}

function isStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== "string") return false;
  return true;
}

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DD`, a day that exists. */
function isDate(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== "string" || v.length !== 10 || v[4] !== "-" || v[7] !== "-") return false;
  const hi = twoDigits(v, 0);
  const lo = twoDigits(v, 2);
  const month = twoDigits(v, 5);
  const day = twoDigits(v, 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = hi * 100 + lo;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

// ---------------------------------------------------------------- rows
// The two row types that make up 表三 and 表四 are checked cell by cell, written out: they are most of the
// report, and V8 stops inlining small helpers into a large caller after a budget.

const MAX = Number.MAX_SAFE_INTEGER;

function isApplicantRow(r: unknown): boolean {
  if (typeof r !== "object" || r === null) return false;
  const proto = Object.getPrototypeOf(r);
  if (proto !== objectPrototype && !isObject(r)) return false;
  let keys = 0;
  for (const _ in r) keys++;
  if (keys !== 7) return false;
  const o = r as Row;
  let v = o.naturalPerson;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.commercial;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.research;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.publicWelfare;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.legalService;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.other;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.total;
  return typeof v === "number" ? v >= 0 && v <= MAX && Math.floor(v) === v : v === null;
}

function isReviewGroup(g: unknown): boolean {
  if (typeof g !== "object" || g === null) return false;
  const proto = Object.getPrototypeOf(g);
  if (proto !== objectPrototype && !isObject(g)) return false;
  let keys = 0;
  for (const _ in g) keys++;
  if (keys !== 5) return false;
  const o = g as Row;
  let v = o.upheld;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.corrected;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.other;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.pending;
  if (typeof v === "number" ? !(v >= 0 && v <= MAX && Math.floor(v) === v) : v !== null) return false;
  v = o.total;
  return typeof v === "number" ? v >= 0 && v <= MAX && Math.floor(v) === v : v === null;
}

// ---------------------------------------------------------------- 表二

function isDocuments2021(o: unknown): boolean {
  return isObject(o) && keyCount(o) === 3 && isCount(o.issued) && isCount(o.repealed) && isCount(o.inForce);
}

function isDecisions(o: unknown): boolean {
  return isObject(o) && keyCount(o) === 1 && isCount(o.decisions);
}

function isProactive2021(p: unknown): boolean {
  return (
    isObject(p) &&
    keyCount(p) === 6 &&
    isDocuments2021(p.regulations) &&
    isDocuments2021(p.normativeDocuments) &&
    isDecisions(p.licensing) &&
    isDecisions(p.penalties) &&
    isDecisions(p.coercion) &&
    isObject(p.fees) &&
    keyCount(p.fees) === 1 &&
    isAmount(p.fees.amount)
  );
}

function isDocuments2019(o: unknown): boolean {
  return (
    isObject(o) && keyCount(o) === 3 && isCount(o.newlyMade) && isCount(o.newlyPublished) && isCount(o.publicTotal)
  );
}

function isItems2019(o: unknown): boolean {
  return isObject(o) && keyCount(o) === 3 && isCount(o.previousItems) && isSigned(o.change) && isCount(o.decisions);
}

function isProactive2019(p: unknown): boolean {
  if (!isObject(p) || keyCount(p) !== 8) return false;
  const { fees, procurement } = p;
  return (
    isDocuments2019(p.regulations) &&
    isDocuments2019(p.normativeDocuments) &&
    isItems2019(p.licensing) &&
    isItems2019(p.otherServices) &&
    isItems2019(p.penalties) &&
    isItems2019(p.coercion) &&
    isObject(fees) &&
    keyCount(fees) === 2 &&
    isCount(fees.previousItems) &&
    isSigned(fees.change) &&
    isObject(procurement) &&
    keyCount(procurement) === 3 &&
    isCount(procurement.projects) &&
    isAmount(procurement.amount) &&
    (procurement.amountUnit === null || procurement.amountUnit === "元" || procurement.amountUnit === "万元")
  );
}

// ---------------------------------------------------------------- 表三, 表四

function isNotDisclosed(o: unknown): boolean {
  return (
    isObject(o) &&
    keyCount(o) === 8 &&
    isApplicantRow(o.stateSecret) &&
    isApplicantRow(o.prohibitedByLaw) &&
    isApplicantRow(o.securityStability) &&
    isApplicantRow(o.thirdPartyRights) &&
    isApplicantRow(o.internalAffairs) &&
    isApplicantRow(o.processInformation) &&
    isApplicantRow(o.enforcementRecords) &&
    isApplicantRow(o.administrativeQuery)
  );
}

function isUnableToProvide(o: unknown): boolean {
  return (
    isObject(o) &&
    keyCount(o) === 3 &&
    isApplicantRow(o.notHeld) &&
    isApplicantRow(o.needsCreation) &&
    isApplicantRow(o.unclear)
  );
}

function isNotProcessed(o: unknown): boolean {
  return (
    isObject(o) &&
    keyCount(o) === 5 &&
    isApplicantRow(o.complaint) &&
    isApplicantRow(o.duplicate) &&
    isApplicantRow(o.publication) &&
    isApplicantRow(o.excessive) &&
    isApplicantRow(o.confirmation)
  );
}

function isOtherHandling2021(o: unknown): boolean {
  return (
    isObject(o) &&
    keyCount(o) === 3 &&
    isApplicantRow(o.overdueCorrection) &&
    isApplicantRow(o.overdueFee) &&
    isApplicantRow(o.other)
  );
}

function isApplications(a: unknown, edition2021: boolean): boolean {
  if (!isObject(a) || keyCount(a) !== 4) return false;
  const r = a.results;
  return (
    isApplicantRow(a.newReceived) &&
    isApplicantRow(a.carriedOver) &&
    isObject(r) &&
    keyCount(r) === 7 &&
    isApplicantRow(r.granted) &&
    isApplicantRow(r.partiallyGranted) &&
    isNotDisclosed(r.notDisclosed) &&
    isUnableToProvide(r.unableToProvide) &&
    isNotProcessed(r.notProcessed) &&
    (edition2021 ? isOtherHandling2021(r.otherHandling) : isApplicantRow(r.otherHandling)) &&
    isApplicantRow(r.total) &&
    isApplicantRow(a.carriedForward)
  );
}

function isReviewLitigation(t: unknown): boolean {
  return (
    isObject(t) &&
    keyCount(t) === 3 &&
    isReviewGroup(t.review) &&
    isReviewGroup(t.litigationDirect) &&
    isReviewGroup(t.litigationAfterReview)
  );
}

// ---------------------------------------------------------------- the report

/**
 * True when `x` is a structurally valid report of either edition.
 *
 * @example
 * ```ts
 * handValidate(JSON.parse(text)); // true or false
 * ```
 */
export function handValidate(x: unknown): boolean {
  if (!isObject(x)) return false;
  const edition = x.edition;
  if (edition !== "2021" && edition !== "2019") return false;
  const organ = x.organ;
  const year = x.year;
  if (typeof organ !== "string" || organ.trim() === "") return false;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1900 || year > 9999) return false;
  if (!isDate(x.publishedOn)) return false;
  let keys = 7;
  if (x.title !== undefined) {
    if (typeof x.title !== "string") return false;
    keys++;
  }
  if (x.preamble !== undefined) {
    if (!isStrings(x.preamble)) return false;
    keys++;
  }
  const sections = x.sections;
  if (sections !== undefined) {
    if (!isObject(sections)) return false;
    let n = 0;
    if (sections.overview !== undefined) {
      if (!isStrings(sections.overview)) return false;
      n++;
    }
    if (sections.problems !== undefined) {
      if (!isStrings(sections.problems)) return false;
      n++;
    }
    if (sections.other !== undefined) {
      if (!isStrings(sections.other)) return false;
      n++;
    }
    if (keyCount(sections) !== n) return false;
    keys++;
  }
  if (keyCount(x) !== keys) return false;
  const edition2021 = edition === "2021";
  if (!(edition2021 ? isProactive2021(x.proactive) : isProactive2019(x.proactive))) return false;
  return isApplications(x.applications, edition2021) && isReviewLitigation(x.reviewLitigation);
}

// ---------------------------------------------------------------- the sums

/** A blank cell as NaN, so that any sum it enters compares unequal (unassessable). */
const n = (v: number | null): number => (v === null ? Number.NaN : v);

/** 1 when the equation fails or cannot be assessed. */
const differs = (left: number, right: number): number => (left === right ? 0 : 1);

function rowTotal(r: Row): number {
  return differs(
    n(r.total),
    n(r.naturalPerson) + n(r.commercial) + n(r.research) + n(r.publicWelfare) + n(r.legalService) + n(r.other),
  );
}

// Column sums of the result rows: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
let sumNaturalPerson = 0;
let sumCommercial = 0;
let sumResearch = 0;
let sumPublicWelfare = 0;
let sumLegalService = 0;
let sumOther = 0;
let sumTotal = 0;

function add(r: Row): void {
  sumNaturalPerson += n(r.naturalPerson);
  sumCommercial += n(r.commercial);
  sumResearch += n(r.research);
  sumPublicWelfare += n(r.publicWelfare);
  sumLegalService += n(r.legalService);
  sumOther += n(r.other);
  sumTotal += n(r.total);
}

function reviewTotal(g: Row): number {
  return differs(n(g.total), n(g.upheld) + n(g.corrected) + n(g.other) + n(g.pending));
}

/**
 * The 表三/表四 relations of a valid report: how many instances fail or cannot be assessed (0: all hold).
 *
 * @example
 * ```ts
 * handSums(report); // 0
 * ```
 */
export function handSums(report: Row): number {
  const a = report.applications;
  const r = a.results;
  const nd = r.notDisclosed;
  const up = r.unableToProvide;
  const np = r.notProcessed;
  const oh = r.otherHandling;
  const newReceived = a.newReceived;
  const carriedOver = a.carriedOver;
  const total = r.total;
  const carriedForward = a.carriedForward;
  let failed = 0;

  // T3.row-total: every row
  failed += rowTotal(newReceived) + rowTotal(carriedOver) + rowTotal(r.granted) + rowTotal(r.partiallyGranted);
  failed += rowTotal(nd.stateSecret) + rowTotal(nd.prohibitedByLaw) + rowTotal(nd.securityStability);
  failed += rowTotal(nd.thirdPartyRights) + rowTotal(nd.internalAffairs) + rowTotal(nd.processInformation);
  failed += rowTotal(nd.enforcementRecords) + rowTotal(nd.administrativeQuery);
  failed += rowTotal(up.notHeld) + rowTotal(up.needsCreation) + rowTotal(up.unclear);
  failed += rowTotal(np.complaint) + rowTotal(np.duplicate) + rowTotal(np.publication);
  failed += rowTotal(np.excessive) + rowTotal(np.confirmation);
  const edition2021 = report.edition === "2021";
  if (edition2021) failed += rowTotal(oh.overdueCorrection) + rowTotal(oh.overdueFee) + rowTotal(oh.other);
  else failed += rowTotal(oh);
  failed += rowTotal(total) + rowTotal(carriedForward);

  // T3.balance: 新收 + 上年结转 = （七）总计 + 结转下年度, every column
  failed += differs(
    n(newReceived.naturalPerson) + n(carriedOver.naturalPerson),
    n(total.naturalPerson) + n(carriedForward.naturalPerson),
  );
  failed += differs(
    n(newReceived.commercial) + n(carriedOver.commercial),
    n(total.commercial) + n(carriedForward.commercial),
  );
  failed += differs(n(newReceived.research) + n(carriedOver.research), n(total.research) + n(carriedForward.research));
  failed += differs(
    n(newReceived.publicWelfare) + n(carriedOver.publicWelfare),
    n(total.publicWelfare) + n(carriedForward.publicWelfare),
  );
  failed += differs(
    n(newReceived.legalService) + n(carriedOver.legalService),
    n(total.legalService) + n(carriedForward.legalService),
  );
  failed += differs(n(newReceived.other) + n(carriedOver.other), n(total.other) + n(carriedForward.other));
  failed += differs(n(newReceived.total) + n(carriedOver.total), n(total.total) + n(carriedForward.total));

  // T3.results-total: （七）总计 = every result row, every column
  sumNaturalPerson = sumCommercial = sumResearch = sumPublicWelfare = sumLegalService = sumOther = sumTotal = 0;
  add(r.granted);
  add(r.partiallyGranted);
  add(nd.stateSecret);
  add(nd.prohibitedByLaw);
  add(nd.securityStability);
  add(nd.thirdPartyRights);
  add(nd.internalAffairs);
  add(nd.processInformation);
  add(nd.enforcementRecords);
  add(nd.administrativeQuery);
  add(up.notHeld);
  add(up.needsCreation);
  add(up.unclear);
  add(np.complaint);
  add(np.duplicate);
  add(np.publication);
  add(np.excessive);
  add(np.confirmation);
  if (edition2021) {
    add(oh.overdueCorrection);
    add(oh.overdueFee);
    add(oh.other);
  } else add(oh);
  failed += differs(n(total.naturalPerson), sumNaturalPerson);
  failed += differs(n(total.commercial), sumCommercial);
  failed += differs(n(total.research), sumResearch);
  failed += differs(n(total.publicWelfare), sumPublicWelfare);
  failed += differs(n(total.legalService), sumLegalService);
  failed += differs(n(total.other), sumOther);
  failed += differs(n(total.total), sumTotal);

  // T4.total: every group
  const t4 = report.reviewLitigation;
  failed += reviewTotal(t4.review) + reviewTotal(t4.litigationDirect) + reviewTotal(t4.litigationAfterReview);
  return failed;
}

/**
 * Validation and the 表三/表四 sums together: -1 for an input that is not a valid report, else the number of
 * rule instances that fail or cannot be assessed.
 *
 * @example
 * ```ts
 * handCheck(JSON.parse(text)); // 0
 * ```
 */
export function handCheck(x: unknown): number {
  return handValidate(x) ? handSums(x) : -1;
}
