INSERT INTO account (id, email, nickname) VALUES (1, 'a@example.org', 'a'), (2, 'b@example.org', 'b');
