// A tie's record, as ties_by_actor_ids returns it.
{id: {{item}}.id, sourceId: startNode({{item}}).id, targetId: endNode({{item}}).id, type: {{item}}.type, role: {{item}}.role, since: {{item}}.since, until: {{item}}.until, former: {{item}}.former, evidenceIds: {{item}}.evidenceIds, documentIds: {{item}}.documentIds}
