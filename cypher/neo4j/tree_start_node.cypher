// The node a relationship starts from: a tie's source, a participation's actor,
// an "about" link's statement (by id, as actors_by_ids or statements_by_ids).
[{{item}} IN [startNode({{owner}})] | {{fields}}]
