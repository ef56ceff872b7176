import { getNamedType, graphql, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { HEAVY_PROPERTIES, type HeavyNeeds } from '../../../src/domain/read-plan';
import { buildGraphSchema } from '../../../src/graphql/schema';
import {
  FIELD_NEEDS,
  operationNeeds,
  PLANNED_ROOT_FIELDS,
  SLIM_TYPES,
} from '../../../src/graphql/selection-needs';
import { DASHBOARD_QUESTION, FRAGMENTS_QUESTION } from '../../support/nested-questions';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphSchema();
});

/** The needs each root resolver computes, caught by replacing the resolvers. */
async function needsOf(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, HeavyNeeds | undefined>> {
  const caught: Record<string, HeavyNeeds | undefined> = {};
  const fresh = await buildGraphSchema();
  for (const field of Object.values(fresh.getQueryType()!.getFields())) {
    field.resolve = (_source, _args, _context, info: GraphQLResolveInfo) => {
      caught[info.path.key as string] = operationNeeds(info);
      return null;
    };
  }
  const result = await graphql({ schema: fresh, source: query, variableValues: variables });
  expect(result.errors?.filter((error) => !/non-nullable/.test(error.message)) ?? []).toEqual([]);
  return caught;
}

const none: HeavyNeeds = { actor: [], event: [], document: [], place: [] };
const sorted = (needs: HeavyNeeds | undefined) =>
  needs && Object.fromEntries(Object.entries(needs).map(([kind, list]) => [kind, [...list].sort()]));

describe('the heavy properties an operation reads', () => {
  it('knows every field of every slim type, and no field the schema lacks', () => {
    for (const [typeName, kind] of Object.entries(SLIM_TYPES)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      expect({ typeName, fields: Object.keys(FIELD_NEEDS[typeName] ?? {}).sort() }).toEqual({
        typeName,
        fields: Object.keys(type.getFields()).sort(),
      });
      for (const needs of Object.values(FIELD_NEEDS[typeName] ?? {})) {
        for (const property of needs) expect(HEAVY_PROPERTIES[kind]).toContain(property);
      }
    }
  });

  it('plans only root fields whose records all come from planned reads', () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of PLANNED_ROOT_FIELDS) {
      const type = getNamedType(query[name]!.type);
      expect({ name, known: isObjectType(type) }).toEqual({ name, known: true });
    }
  });

  it('needs only the events’ evidence ids for the dashboard question, the same for both root fields', async () => {
    const needs = await needsOf(DASHBOARD_QUESTION, { id: 'x' });
    expect(needs['actor']).toEqual({ ...none, event: ['evidenceIds'] });
    expect(needs['events']).toEqual(needs['actor']);
  });

  it('reads what fields, fragments and directives select, anywhere in the operation', async () => {
    const query = `query ($full: Boolean!) {
      actor(id: "x") { ...Card ties { target { aliases @include(if: $full) } } }
      document(id: "d") { displayTitle events { place { aliases } } }
    }
    fragment Card on Actor { name ... on Actor { evidence { quote } } }`;
    expect(sorted((await needsOf(query, { full: false }))['actor'])).toEqual({
      actor: ['evidenceIds'],
      event: [],
      document: ['text'],
      place: ['aliases'],
    });
    expect(sorted((await needsOf(query, { full: true }))['document'])).toEqual({
      actor: ['aliases', 'evidenceIds'],
      event: [],
      document: ['text'],
      place: ['aliases'],
    });
    expect(Object.values(await needsOf(FRAGMENTS_QUESTION, { id: 'x', withClaims: true }))).not.toContain(
      undefined,
    );
  });

  it('reads whole records when another root field shares the request', async () => {
    const needs = await needsOf(`{ actor(id: "x") { name } search(text: "Minsk") { id } }`);
    expect(needs['actor']).toBeUndefined();
    const alone = await needsOf(`{ actor(id: "x") { name } }`);
    expect(alone['actor']).toEqual(none);
  });
});
