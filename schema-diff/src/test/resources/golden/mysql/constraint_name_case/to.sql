CREATE TABLE item (id bigint PRIMARY KEY, quantity int, CONSTRAINT CHK_QUANTITY CHECK (quantity > 0));
