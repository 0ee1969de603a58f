-- rename slip

ALTER TABLE account DROP COLUMN nick_name;
