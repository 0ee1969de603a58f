-- Alter table client: rename column last_name to surname (keeps its data); rename column visits to visit_count (keeps its data); rename index idx_client_last_name to idx_client_surname
ALTER TABLE `client`
  RENAME COLUMN `last_name` TO `surname`,
  RENAME COLUMN `visits` TO `visit_count`,
  RENAME INDEX `idx_client_last_name` TO `idx_client_surname`;

-- Alter table client: modify surname: type varchar(50) -> varchar(100), forbid nulls (fails if rows hold null); modify visit_count: type int -> bigint
ALTER TABLE `client`
  MODIFY COLUMN `surname` varchar(100) COLLATE latin1_swedish_ci NOT NULL,
  MODIFY COLUMN `visit_count` bigint;
