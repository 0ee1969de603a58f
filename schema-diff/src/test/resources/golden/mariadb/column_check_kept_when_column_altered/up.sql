-- Alter table customer: modify ordinal_status: type tinyint -> smallint, forbid nulls (fails if rows hold null), default 0, check `ordinal_status` between 0 and 1
ALTER TABLE `customer` MODIFY COLUMN `ordinal_status` smallint NOT NULL DEFAULT 0 CHECK (`ordinal_status` between 0 and 1);
