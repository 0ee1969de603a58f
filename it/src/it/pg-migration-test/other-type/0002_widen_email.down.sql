ALTER TABLE account ALTER COLUMN email TYPE text;
