// A statement's link to an actor it is about, as about_by_statement_ids returns it.
{statementId: startNode({{item}}).id, actorId: endNode({{item}}).id}
