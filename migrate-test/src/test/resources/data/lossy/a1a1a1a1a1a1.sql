INSERT INTO notes (kind, body) VALUES ('plain', 'buy milk'), ('todo', 'call Ada');
