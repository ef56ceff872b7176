// Statement.aboutLinks: its links to the actors it is about (about_by_statement_ids).
COLLECT { MATCH ({{owner}})-[{{item}}:ABOUT]->(:Actor) RETURN {{fields}} AS item }
