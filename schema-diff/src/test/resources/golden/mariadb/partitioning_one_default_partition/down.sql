-- Remove the partitioning of sessions (the table is rebuilt, its rows kept)
ALTER TABLE `sessions` REMOVE PARTITIONING;

-- Partition logs (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `logs`
PARTITION BY LINEAR KEY (`log_date`);
