-- Alter table customer: modify status: type enum('ACTIVE','BLOCKED') -> enum('ACTIVE','BLOCKED','DELETED')
ALTER TABLE `customer` MODIFY COLUMN `status` enum('ACTIVE','BLOCKED','DELETED') COLLATE latin1_swedish_ci;
