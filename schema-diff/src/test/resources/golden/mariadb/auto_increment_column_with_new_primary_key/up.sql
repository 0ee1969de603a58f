-- Alter table log_line: add column id; add primary key (fails on duplicates or nulls)
ALTER TABLE `log_line`
  ADD COLUMN `id` bigint NOT NULL AUTO_INCREMENT,
  ADD PRIMARY KEY (`id`);
