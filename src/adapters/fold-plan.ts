/**
 * A fold over the core's validation plan (`src/validate/plan.ts`): the adapters build their validators from
 * the same tree of checks as {@link validateReport}, so they accept exactly what it accepts.
 *
 * @module
 */
import type { CellPlan, ObjectPlan, PlanNode, ScalarPlan } from "../validate/plan.js";

/**
 * One member of an object node: its key, what the fold made of its value, and whether it may be absent.
 *
 * @example
 * ```ts
 * const member: Member<string> = { key: "title", value: "z.string()", optional: true, plan: titlePlan };
 * ```
 */
export interface Member<T> {
  readonly key: string;
  readonly value: T;
  readonly optional: boolean;
  readonly plan: PlanNode;
}

/**
 * What to make of each kind of plan node.
 *
 * @example
 * ```ts
 * const count: PlanAlgebra<number> = { object: (_p, ms) => ms.reduce((n, m) => n + m.value, 0), cell: () => 1, scalar: () => 0 };
 * ```
 */
export interface PlanAlgebra<T> {
  readonly object: (plan: ObjectPlan, members: readonly Member<T>[]) => T;
  readonly cell: (plan: CellPlan) => T;
  readonly scalar: (plan: ScalarPlan) => T;
}

/**
 * Folds a plan bottom-up.
 *
 * @example
 * ```ts
 * foldPlan(reportPlanOf("2021"), { object: (_p, ms) => ms.reduce((n, m) => n + m.value, 0), cell: () => 1, scalar: () => 0 }); // the number of cells
 * ```
 */
export function foldPlan<T>(plan: PlanNode, algebra: PlanAlgebra<T>): T {
  switch (plan.t) {
    case "object":
      return algebra.object(
        plan,
        plan.keys.map((key, i) => {
          const child = plan.children[i] as PlanNode;
          return { key, value: foldPlan(child, algebra), optional: plan.optional[i] === true, plan: child };
        }),
      );
    case "cell":
      return algebra.cell(plan);
    default:
      return algebra.scalar(plan);
  }
}
