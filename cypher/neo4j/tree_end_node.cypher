// The node a relationship ends at: a tie's target, a participation's event, an
// "about" link's actor (by id, as actors_by_ids or events_by_ids).
[{{item}} IN [endNode({{owner}})] | {{fields}}]
