import { graphql, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ReadPlan } from '../../../src/domain/read-plan';
import { buildGraphSchema } from '../../../src/graphql/schema';
import { afterPagePlan, selectionPlan } from '../../../src/graphql/selection-plan';

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

  it("plans a nested page of ties as the ties below it, merged with the list, and leaves the page's far ends to after the cut", async () => {
    const plans = await plansOf(`{
      actor(id: "x") { tiesConnection(first: 2) { totalCount edges { node { target { name ties { id } } evidence { quote } } } }
        ties { source { name } } }
    }`);
    expect(plans['actor']).toEqual({ ties: { evidence: {}, source: {} } });
  });

  it("reads none of an actor's events for a nested page of them, which the store cuts on its own", async () => {
    const plans = await plansOf(`{
      actor(id: "x") { eventsConnection(first: 2, from: "2025-01-01") { undated edges { node { place { name } } } } }
    }`);
    expect(plans['actor']).toEqual({});
    const listed = await plansOf(`{
      actor(id: "x") { eventsConnection(first: 2) { totalCount } events { title } }
    }`);
    expect(listed['actor']).toEqual({ participations: { event: {} } });
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

  it("plans a tie page's far ends, with what is read below them, for its resolver to read after the cut", async () => {
    const schema = await buildGraphSchema();
    const emptyPage = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false }, totalCount: 0 };
    const plans: ReadPlan[] = [];
    schema.getQueryType()!.getFields()['actor']!.resolve = () => ({ id: 'x' });
    const actorType = schema.getType('Actor') as GraphQLObjectType;
    actorType.getFields()['tiesConnection']!.resolve = (_source, _args, _context, info) => {
      plans.push(afterPagePlan(info));
      return emptyPage;
    };
    const result = await graphql({
      schema,
      source: `{ actor(id: "x") {
        a: tiesConnection(first: 2) { edges { node { evidence { quote } target { name ties { id } } } } }
        b: tiesConnection(first: 2) { totalCount edges { node { type } } }
      } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(plans).toEqual([{ target: { ties: {} } }, {}]);
  });
});
