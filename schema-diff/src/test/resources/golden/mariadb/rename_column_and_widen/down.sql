-- Alter table client: rename column surname to last_name (keeps its data); rename column visit_count to visits (keeps its data); rename index idx_client_surname to idx_client_last_name
ALTER TABLE `client`
  RENAME COLUMN `surname` TO `last_name`,
  RENAME COLUMN `visit_count` TO `visits`,
  RENAME INDEX `idx_client_surname` TO `idx_client_last_name`;

-- Alter table client: modify last_name: type varchar(100) -> varchar(50) (values that do not fit fail or are changed), allow nulls; modify visits: type bigint -> int (values that do not fit fail or are changed)
ALTER TABLE `client`
  MODIFY COLUMN `last_name` varchar(50) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `visits` int;
