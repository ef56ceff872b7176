/**
 * Reading the records of the relationships on paths found in the path index.
 * Kuzu finds a relationship quickly only from a node it looks up by primary key,
 * and such a query costs in proportion to that node's relationships: anchored on
 * a hub it reads tens of thousands. So each relationship is read from its end
 * with fewer relationships, and those sharing that end in one query.
 */
export interface LinkEnds {
  readonly a: string;
  readonly b: string;
}

export interface StepGroup {
  /** Which end the query is anchored on: `a` (actor, source) or `b` (event, target). */
  readonly anchor: 'a' | 'b';
  readonly id: string;
  /** The other ends of the group's relationships. */
  readonly others: string[];
}

/** `degree` tells how many relationships an end has; ties go to `b`. Groups come in a fixed order. */
export function stepGroups(
  links: readonly LinkEnds[],
  degree: (end: 'a' | 'b', id: string) => number,
): StepGroup[] {
  const groups = new Map<string, { anchor: 'a' | 'b'; id: string; others: Set<string> }>();
  for (const link of links) {
    const anchor = degree('a', link.a) < degree('b', link.b) ? 'a' : 'b';
    const id = link[anchor];
    const key = `${anchor}:${id}`;
    const group = groups.get(key) ?? { anchor, id, others: new Set<string>() };
    group.others.add(anchor === 'a' ? link.b : link.a);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, g]) => ({ anchor: g.anchor, id: g.id, others: [...g.others].sort() }));
}
