-- Alter table customer: modify status: type enum('ACTIVE','BLOCKED','DELETED') -> enum('ACTIVE','BLOCKED') (values that do not fit fail or are changed)
ALTER TABLE `customer` MODIFY COLUMN `status` enum('ACTIVE','BLOCKED') COLLATE latin1_swedish_ci;
