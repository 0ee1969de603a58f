ALTER TABLE products ADD COLUMN price numeric(10, 2);
