-- Partition logs (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `logs`
PARTITION BY LINEAR KEY (`log_date`) PARTITIONS 3;

-- Partition sessions (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `sessions`
PARTITION BY HASH (`user_id`);
