CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100));
INSERT INTO customer (id, name) VALUES (1, 'ann'), (2, 'bob');
