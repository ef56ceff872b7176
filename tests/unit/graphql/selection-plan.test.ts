import { graphql, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ReadPlan } from '../../../src/domain/read-plan';
import { buildGraphSchema } from '../../../src/graphql/schema';
import { selectionPlan } from '../../../src/graphql/selection-plan';

/** The plans the root resolvers compute, caught by replacing their resolvers. */
async function plansOf(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, ReadPlan>> {
  const schema = await buildGraphSchema();
  const plans: Record<string, ReadPlan> = {};
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    field.resolve = (_source, _args, _context, info: GraphQLResolveInfo) => {
      plans[info.path.key as string] = selectionPlan(info);
      // Whatever the field's type, an empty answer: only the plan matters here.
      return field.name === 'events'
        ? { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, totalCount: 0 }
        : null;
    };
  }
  const result = await graphql({ schema, source: query, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return plans;
}

describe('read plans from the selection of a root field', () => {
  it('follows the relations of the selection, through connections, and ignores scalars', async () => {
    const plans = await plansOf(`{
      events(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor node { title dateLabel
        place { name country { name } } documents { title } participants { role actor { name } } } } }
    }`);
    expect(plans['events']).toEqual({
      place: { country: {} },
      evidence: { document: {} },
      participants: { actor: {} },
    });
  });

  it('maps fields that read through two relations, and merges fields asked twice', async () => {
    const plans = await plansOf(`{
      actor(id: "x") { events { title } statementsAbout { text } x: events(from: "2025-01-01") { place { name } } }
      statement(id: "y") { about { name } speaker { name } }
      document(id: "z") { authorActor { name } events { title } actors { name } evidence(factKinds: [CLAIM]) { quote } }
    }`);
    expect(plans['actor']).toEqual({
      participations: { event: { place: {} } },
      aboutLinks: { statement: {} },
    });
    expect(plans['statement']).toEqual({ aboutLinks: { actor: {} }, speaker: {} });
    expect(plans['document']).toEqual({ author: {}, spans: { event: {}, actor: {} } });
  });

  it("reads none of an actor's ties for a nested page of them, which the store cuts on its own", async () => {
    const plans = await plansOf(`{
      actor(id: "x") { tiesConnection(first: 2) { totalCount edges { node { target { name } evidence { quote } } } }
        ties { source { name } } }
    }`);
    expect(plans['actor']).toEqual({ ties: { source: {} } });
  });

  it('reads named and inline fragments and obeys @skip and @include', async () => {
    const query = `query ($deep: Boolean!) {
      a: actor(id: "x") { ...Card ... on Actor { claims { value } } evidence @skip(if: $deep) { quote } }
      b: actor(id: "x") { ties @include(if: $deep) { target { name } } }
    }
    fragment Card on Actor { ties { source { name } } }`;
    const deep = await plansOf(query, { deep: true });
    expect(deep['a']).toEqual({ ties: { source: {} }, claims: {} });
    expect(deep['b']).toEqual({ ties: { target: {} } });
    const shallow = await plansOf(query, { deep: false });
    expect(shallow['a']).toEqual({ ties: { source: {} }, claims: {}, evidence: {} });
    expect(shallow['b']).toEqual({});
  });

  it("plans what a nested page's selection reads below its records, for the page's own read", async () => {
    const schema = await buildGraphSchema();
    const emptyPage = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, totalCount: 0 };
    const plans: ReadPlan[] = [];
    schema.getQueryType()!.getFields()['actor']!.resolve = () => ({ id: 'x' });
    const actorType = schema.getType('Actor') as GraphQLObjectType;
    for (const name of ['tiesConnection', 'eventsConnection']) {
      actorType.getFields()[name]!.resolve = (_source, _args, _context, info) => {
        plans.push(selectionPlan(info));
        return { ...emptyPage, undated: null };
      };
    }
    const result = await graphql({
      schema,
      source: `{ actor(id: "x") {
        tiesConnection(first: 2) { edges { node { evidence { quote } target { name ties { id } } } } }
        eventsConnection(first: 2) { totalCount edges { node { place { name } participants { actor { name } } } } }
      } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(plans).toEqual([
      { evidence: {}, target: { ties: {} } },
      { place: {}, participants: { actor: {} } },
    ]);
  });
});
