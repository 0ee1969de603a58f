INSERT INTO account (id, email) VALUES (1, 'admin@example.org');
