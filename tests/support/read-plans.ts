import { PLAN_RELATIONS, targetKind, type PlanKind, type ReadPlan } from '../../src/domain/read-plan';

/** Every relation of a kind, and below each every relation again, `depth` levels deep. */
export function everyRelation(kind: PlanKind, depth: number): ReadPlan {
  if (depth === 0) return {};
  return Object.fromEntries(
    Object.keys(PLAN_RELATIONS[kind]).map((relation) => [
      relation,
      everyRelation(targetKind(kind, relation), depth - 1),
    ]),
  );
}
