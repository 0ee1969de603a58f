-- Alter table client: rename column last_name to surname (keeps its data); rename column status to state (keeps its data); rename unique key uk_client_last_name to uk_client_surname
ALTER TABLE `client`
  RENAME COLUMN `last_name` TO `surname`,
  RENAME COLUMN `status` TO `state`,
  RENAME INDEX `uk_client_last_name` TO `uk_client_surname`;
