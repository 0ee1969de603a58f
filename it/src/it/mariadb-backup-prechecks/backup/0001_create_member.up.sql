CREATE TABLE member (id INT PRIMARY KEY, phone VARCHAR(40));
INSERT INTO member VALUES (1, '+1 555 0100'), (2, NULL), (3, 'it''s "home", \\office');
