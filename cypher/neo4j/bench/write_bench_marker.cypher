// Marks the database as claimed by one bench run (it was empty until now).
CREATE (:PolgraphBenchMarker {id: $id, createdAt: $createdAt})
