/**
 * Nested questions whose store round trips are counted (issue 14): the
 * dashboard question, a deeper one, and one through fragments, aliases,
 * directives and every root field that plans its reads.
 */

/** An actor with its ties and their evidence, and its first 10 events with place, participants and their ties. */
export const DASHBOARD_QUESTION = `query ($id: ID) {
  actor(id: $id) { id name ties { type role source { id name } target { id name } evidence { quote start end document { id title } } } }
  events(filter: { participantId: $id }, first: 10) {
    totalCount
    edges { node { id title date place { name } participants { role actor { id name ties { type target { id name } } } } evidence { quote document { id } } } }
  }
}`;

/** Deeper: the participants' ties' target actors' events, with their places. */
export const DEEPER_QUESTION = `query ($id: ID) {
  actor(id: $id) { name ties { target { name events { title place { name country { name } } } } } }
  events(filter: { participantId: $id }, first: 10) {
    edges { node { title participants { role actor { name ties { type target { id name
      events(from: "2025-01-01") { id title place { name } } } } } } } }
  }
}`;

/** Fragments (named and inline), aliases, `@include`, and the other planned root fields. */
export const FRAGMENTS_QUESTION = `query ($id: ID, $withClaims: Boolean!) {
  a: actor(id: $id) { ...ActorCard statementsAbout { text speaker { name } } }
  b: actor(id: $id) { ... on Actor { claims @include(if: $withClaims) { value document { title } } } }
  timeline(actorId: $id, first: 5) { edges { node { title documents { id } claims { value actor { name } event { title } } } } }
  statements(filter: { aboutId: $id }, first: 5) { totalCount edges { node { text speaker { name } about { name } event { title } document { title } evidence { quote } } } }
  actors(first: 3) { edges { node { name participations { role event { title } evidence { quote } } } } }
  event(id: "2025-06-21-kellogg-lukashenko-meeting") { title statements { text } participants { actor { name } } }
  document(id: "000_decbe18c32b19596") { title authorActor { name } events { title } statements { text } claims { value } actors { name } evidence(factKinds: [EVENT]) { quote } }
}
fragment ActorCard on Actor { name ties { type source { name } target { name } } events { title place { name } } }`;

export const LUKASHENKO = 'alexander-lukashenko';

/** Every field of actors, events, documents and places, at several depths: the heavy ones (aliases, texts) included. */
export const EVERY_FIELD_QUESTION = `query ($id: ID) {
  actor(id: $id) { ...ActorFields ties { target { ...ActorFields } } }
  events(filter: { participantId: $id }, first: 4) { edges { node { ...EventFields
    participants { actor { ...ActorFields } } documents { ...DocumentFields } } } }
  document(id: "000_decbe18c32b19596") { ...DocumentFields authorActor { ...ActorFields } events { ...EventFields } }
}
fragment ActorFields on Actor { id name kind aliases description evidence { quote } }
fragment EventFields on Event { id type title description date datePrecision dateStart dateEnd dateInferred dateBasis dateLabel status
  place { id name kind aliases country { id name aliases } } evidence { quote } }
fragment DocumentFields on Document { id title author publishedDate publishedPrecision publishedInferred publishedBasis text displayTitle titleInferred }`;

/**
 * A planned root field beside one that reads through its own resolvers (a
 * search whose hits name actors by the alias matched): both must see whole
 * actors, whichever primes the request's loaders first.
 */
export const MIXED_QUESTION = `query ($id: ID) {
  actor(id: $id) { name ties { target { id name } } }
  search(text: "Lukashenka") { id kind label snippet matchedAlias actor { name aliases } }
}`;

/** Only names: every heavy property is left out. */
export const NAMES_QUESTION = `query ($id: ID) {
  actor(id: $id) { name ties { source { name } target { name kind } } }
  events(filter: { participantId: $id }, first: 10) { edges { node { title place { name } participants { actor { name } } } } }
}`;

/** The dashboard question with ties a page at a time: the actor's first 5, each participant's first 3. */
export const PAGED_TIES_QUESTION = `query ($id: ID) {
  actor(id: $id) { name tiesConnection(first: 5) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { type source { name } target { name } evidence { quote document { title } } } } } }
  events(filter: { participantId: $id }, first: 10) {
    edges { node { title participants { actor { name
      tiesConnection(first: 3, types: [LEADER_OF, MEMBER_OF, ENVOY_OF, DEPUTY_OF]) { totalCount
        edges { node { type target { id name } } } } } } } }
  }
}`;

/**
 * Events a page at a time below an actor and below every participant of a page
 * of events: each page is cut by the store, the siblings' pages in one call.
 */
export const PAGED_EVENTS_QUESTION = `query ($id: ID) {
  actor(id: $id) { name eventsConnection(first: 5) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { title date place { name } participants { role actor { name } } } } } }
  events(filter: { participantId: $id }, first: 10) {
    edges { node { title participants { actor { name
      eventsConnection(first: 2, from: "2025-01-01", to: "2025-12-31") { totalCount undated
        edges { node { title place { name } } } } } } } }
  }
}`;
