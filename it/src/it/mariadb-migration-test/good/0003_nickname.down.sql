ALTER TABLE account DROP COLUMN nickname;
