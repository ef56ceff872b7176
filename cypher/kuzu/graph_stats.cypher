// Statistics in one pass per label, as (facet, key, factKind, facts, spans) rows:
// events by type, actors by kind, and per document the facts of each kind its
// evidence supports (distinct facts, and evidence spans). OPTIONAL MATCH keeps a
// document without evidence, with zeros. Spans are counted DISTINCT too: Kuzu
// 0.11 returns 0 for a plain count beside a DISTINCT one.
MATCH (e:Event)
RETURN 'EVENT_TYPE' AS facet, e.type AS key, '' AS factKind, count(*) AS facts, count(*) AS spans
UNION ALL
MATCH (a:Actor)
RETURN 'ACTOR_KIND' AS facet, a.kind AS key, '' AS factKind, count(*) AS facts, count(*) AS spans
UNION ALL
MATCH (d:Document)
OPTIONAL MATCH (v:Evidence)-[:FOUND_IN]->(d)
RETURN 'DOCUMENT' AS facet, d.id AS key, v.factKind AS factKind, count(DISTINCT v.factId) AS facts,
       count(DISTINCT v.id) AS spans
