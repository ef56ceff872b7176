// The pages of many actors' ties at once (sibling tiesConnection pages below a
// list, with the same filter and cursor), in one pass: per actor, how many
// match and its page of keys (tieSortKey's "TYPE id"), cut by list_sort.
// One statement for all of them, where a page each cost a statement or two.
// $limit is the page size plus one. Filter as list_ties_by_actor's.
MATCH (a:Actor)-[x:TIE]-(:Actor)
WHERE a.id IN $actorIds
  AND ($anyType OR x.type IN $types)
  AND ($asOf = ''
    OR (NOT (coalesce(x.former, false) AND x.until IS NULL)
      AND (x.since IS NULL OR x.since <= CASE size(x.since) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)
      AND (x.until IS NULL OR x.until >= CASE size(x.until) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)))
WITH a.id AS owner, x.type AS type, x.id AS id
WITH owner, count(DISTINCT id) AS total,
     collect(DISTINCT CASE WHEN $afterType = '' OR type > $afterType OR (type = $afterType AND id > $afterId)
                      THEN concat(type, ' ', id) ELSE NULL END) AS later
RETURN owner, total, list_sort(later)[1:$limit] AS keys
