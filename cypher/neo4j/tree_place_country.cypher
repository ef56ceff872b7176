// Place.country, by its countryId (places_by_ids).
COLLECT { MATCH ({{item}}:Place {id: {{owner}}.countryId}) RETURN {{fields}} AS item }
