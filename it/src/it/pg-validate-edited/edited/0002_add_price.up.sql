ALTER TABLE products ADD COLUMN price numeric(12, 2);
