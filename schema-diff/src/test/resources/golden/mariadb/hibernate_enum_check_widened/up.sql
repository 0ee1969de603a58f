-- Alter table customer: replace check ordinal_status (restating its column)
ALTER TABLE `customer` MODIFY COLUMN `ordinal_status` tinyint CHECK (`ordinal_status` between 0 and 2);
