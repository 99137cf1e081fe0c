/**
 * What a user would write instead of this library: a zod 4 schema of the same shape, written the usual way —
 * `z.object` per row type, `z.number().int().nonnegative().nullable()` for a count, a discriminated union on
 * `edition`. It checks the shape only: no sums, and (being `z.object`) it strips unknown keys instead of
 * rejecting them, and copies the input.
 *
 * @module
 */
import * as z from "zod";

const count = z.number().int().nonnegative().nullable();
const signed = z.number().int().nullable();
const amount = z.number().nonnegative().nullable();
const paragraphs = z.array(z.string());

const applicantRow = z.object({
  naturalPerson: count,
  commercial: count,
  research: count,
  publicWelfare: count,
  legalService: count,
  other: count,
  total: count,
});

const reviewGroup = z.object({ upheld: count, corrected: count, other: count, pending: count, total: count });

const notDisclosed = z.object({
  stateSecret: applicantRow,
  prohibitedByLaw: applicantRow,
  securityStability: applicantRow,
  thirdPartyRights: applicantRow,
  internalAffairs: applicantRow,
  processInformation: applicantRow,
  enforcementRecords: applicantRow,
  administrativeQuery: applicantRow,
});
const unableToProvide = z.object({ notHeld: applicantRow, needsCreation: applicantRow, unclear: applicantRow });
const notProcessed = z.object({
  complaint: applicantRow,
  duplicate: applicantRow,
  publication: applicantRow,
  excessive: applicantRow,
  confirmation: applicantRow,
});

function applications<T extends z.ZodType>(otherHandling: T) {
  return z.object({
    newReceived: applicantRow,
    carriedOver: applicantRow,
    results: z.object({
      granted: applicantRow,
      partiallyGranted: applicantRow,
      notDisclosed,
      unableToProvide,
      notProcessed,
      otherHandling,
      total: applicantRow,
    }),
    carriedForward: applicantRow,
  });
}

const reviewLitigation = z.object({
  review: reviewGroup,
  litigationDirect: reviewGroup,
  litigationAfterReview: reviewGroup,
});

const envelope = {
  organ: z.string().trim().min(1),
  year: z.number().int().min(1900).max(9999),
  publishedOn: z.iso.date().nullable(),
  title: z.string().optional(),
  preamble: paragraphs.optional(),
  sections: z
    .object({ overview: paragraphs.optional(), problems: paragraphs.optional(), other: paragraphs.optional() })
    .optional(),
};

const documents2021 = z.object({ issued: count, repealed: count, inForce: count });
const decisions = z.object({ decisions: count });

const report2021 = z.object({
  edition: z.literal("2021"),
  ...envelope,
  proactive: z.object({
    regulations: documents2021,
    normativeDocuments: documents2021,
    licensing: decisions,
    penalties: decisions,
    coercion: decisions,
    fees: z.object({ amount }),
  }),
  applications: applications(
    z.object({ overdueCorrection: applicantRow, overdueFee: applicantRow, other: applicantRow }),
  ),
  reviewLitigation,
});

const documents2019 = z.object({ newlyMade: count, newlyPublished: count, publicTotal: count });
const items2019 = z.object({ previousItems: count, change: signed, decisions: count });

const report2019 = z.object({
  edition: z.literal("2019"),
  ...envelope,
  proactive: z.object({
    regulations: documents2019,
    normativeDocuments: documents2019,
    licensing: items2019,
    otherServices: items2019,
    penalties: items2019,
    coercion: items2019,
    fees: z.object({ previousItems: count, change: signed }),
    procurement: z.object({ projects: count, amount, amountUnit: z.enum(["元", "万元"]).nullable() }),
  }),
  applications: applications(applicantRow),
  reviewLitigation,
});

/**
 * The plain zod 4 schema of a report of either edition.
 *
 * @example
 * ```ts
 * plainZodReport.safeParse(JSON.parse(text)).success; // true
 * ```
 */
export const plainZodReport = z.discriminatedUnion("edition", [report2021, report2019]);
