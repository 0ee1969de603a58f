-- Alter table membership: drop primary key; add primary key (fails on duplicates or nulls)
ALTER TABLE `membership`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`user_id`, `group_id`);
