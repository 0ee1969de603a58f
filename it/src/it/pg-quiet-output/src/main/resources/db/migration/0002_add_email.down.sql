DROP INDEX customers_email;
ALTER TABLE customers DROP COLUMN email;
