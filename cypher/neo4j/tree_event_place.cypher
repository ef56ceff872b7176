// Event.place, by its placeId (places_by_ids).
COLLECT { MATCH ({{item}}:Place {id: {{owner}}.placeId}) RETURN {{fields}} AS item }
