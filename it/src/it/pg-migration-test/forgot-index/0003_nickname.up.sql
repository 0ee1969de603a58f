ALTER TABLE account ADD COLUMN nickname varchar(40);
