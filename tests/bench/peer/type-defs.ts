/**
 * The peer API's type definitions for `@neo4j/graphql` 7: the node labels,
 * relationship types and property names that our Neo4j adapter writes
 * (cypher/neo4j/write_*.cypher), declared the way that library expects. Our
 * schema is not changed for it; these describe the same stored graph.
 *
 * Where our graph links by a list of ids instead of a relationship (a fact's
 * `evidenceIds`), the library's own `@cypher` directive follows the list.
 * `tieEvidence` gathers the spans of every tie of an actor in one list, each
 * naming its tie in `factId`, since relationship properties cannot carry a
 * `@cypher` field.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]!
    description: String
    sortKey: String!
    searchText: String!
    tiesOut: [Actor!]! @relationship(type: "TIE", direction: OUT, properties: "Tie")
    tiesIn: [Actor!]! @relationship(type: "TIE", direction: IN, properties: "Tie")
    events: [Event!]! @relationship(type: "PARTICIPATED", direction: OUT, properties: "Participation")
    tieEvidence: [Evidence!]!
      @cypher(
        statement: "MATCH (this)-[t:TIE]-(:Actor) UNWIND t.evidenceIds AS evidenceId MATCH (v:Evidence {id: evidenceId}) RETURN DISTINCT v"
        columnName: "v"
      )
  }

  type Tie @relationshipProperties {
    id: ID!
    type: String!
    role: String
    since: String
    until: String
  }

  type Participation @relationshipProperties {
    id: ID!
    roles: [String!]!
  }

  type Event @node {
    id: ID!
    type: String!
    title: String!
    description: String
    date: String
    datePrecision: String
    dateStart: String
    dateEnd: String
    sortKey: String!
    place: Place @relationship(type: "TOOK_PLACE_IN", direction: OUT)
    participants: [Actor!]! @relationship(type: "PARTICIPATED", direction: IN, properties: "Participation")
    evidence: [Evidence!]!
      @cypher(statement: "MATCH (v:Evidence) WHERE v.id IN this.evidenceIds RETURN v", columnName: "v")
  }

  type Place @node {
    id: ID!
    name: String!
    kind: String!
    country: Place @relationship(type: "LOCATED_IN", direction: OUT)
  }

  type Evidence @node {
    id: ID!
    quote: String!
    startOffset: Int!
    endOffset: Int!
    factId: String!
    factKind: String!
    document: Document @relationship(type: "FOUND_IN", direction: OUT)
  }

  type Document @node {
    id: ID!
    title: String!
    sortKey: String!
  }
`;
