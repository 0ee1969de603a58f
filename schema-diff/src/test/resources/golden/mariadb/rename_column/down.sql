-- Alter table client: rename column state to status (keeps its data); rename column surname to last_name (keeps its data); rename unique key uk_client_surname to uk_client_last_name
ALTER TABLE `client`
  RENAME COLUMN `state` TO `status`,
  RENAME COLUMN `surname` TO `last_name`,
  RENAME INDEX `uk_client_surname` TO `uk_client_last_name`;
