-- Drop table customer_tags (its data is lost)
DROP TABLE `customer_tags`;

-- Alter table customer: drop unique key UKemail; modify full_name: type varchar(200) -> varchar(100) (values that do not fit fail or are changed); drop column email (its data is lost); modify status: type enum('ACTIVE','BLOCKED','DELETED') -> enum('ACTIVE','BLOCKED') (values that do not fit fail or are changed); drop column created_at (its data is lost)
ALTER TABLE `customer`
  DROP INDEX `UKemail`,
  MODIFY COLUMN `full_name` varchar(100) COLLATE latin1_swedish_ci NOT NULL,
  DROP COLUMN `email`,
  MODIFY COLUMN `status` enum('ACTIVE','BLOCKED') COLLATE latin1_swedish_ci,
  DROP COLUMN `created_at`;
