-- Alter table customer: add column email
ALTER TABLE `customer` ADD COLUMN `email` varchar(255) COLLATE latin1_swedish_ci;
