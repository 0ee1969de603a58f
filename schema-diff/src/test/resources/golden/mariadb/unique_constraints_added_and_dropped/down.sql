-- Alter table customer_tags: drop unique key UK5swka6oqljk0gbumgnahnyemx; add unique key uk_other (fails on duplicates)
ALTER TABLE `customer_tags`
  DROP INDEX `UK5swka6oqljk0gbumgnahnyemx`,
  ADD UNIQUE KEY `uk_other` (`other`);
