-- Alter table customer_tags: drop unique key uk_other; add unique key UK5swka6oqljk0gbumgnahnyemx (fails on duplicates)
ALTER TABLE `customer_tags`
  DROP INDEX `uk_other`,
  ADD UNIQUE KEY `UK5swka6oqljk0gbumgnahnyemx` (`customer_id`, `tags`);
