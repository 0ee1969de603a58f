-- Alter table log_line: drop primary key; drop column id (its data is lost)
ALTER TABLE `log_line`
  DROP PRIMARY KEY,
  DROP COLUMN `id`;
