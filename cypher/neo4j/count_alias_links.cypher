// How many spelling links exist (from the count store). Ingests only MERGE
// (nothing is deleted), so the set of links only grows and this number tells
// whether it changed.
RETURN COUNT { ()-[:NAMES]->() } AS total
