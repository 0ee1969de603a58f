CREATE TABLE item (id bigint PRIMARY KEY, quantity int, CONSTRAINT chk_quantity CHECK (quantity > 0));
