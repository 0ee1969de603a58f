-- Alter table customer: modify ordinal_status: type smallint -> tinyint (values that do not fit fail or are changed), allow nulls, drop default, check `ordinal_status` between 0 and 1
ALTER TABLE `customer` MODIFY COLUMN `ordinal_status` tinyint CHECK (`ordinal_status` between 0 and 1);
