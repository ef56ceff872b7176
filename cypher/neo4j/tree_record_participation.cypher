// A participation's record, as participations_by_event_ids returns it.
{id: {{item}}.id, eventId: endNode({{item}}).id, actorId: startNode({{item}}).id, roles: {{item}}.roles, evidenceIds: {{item}}.evidenceIds, documentIds: {{item}}.documentIds}
