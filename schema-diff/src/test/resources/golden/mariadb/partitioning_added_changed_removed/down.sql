-- Remove the partitioning of plain (the table is rebuilt, its rows kept)
ALTER TABLE `plain` REMOVE PARTITIONING;

-- Drop table logs (its data is lost)
DROP TABLE `logs`;

-- Partition events (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `events`
PARTITION BY HASH (`id`) PARTITIONS 4;

-- Partition regions (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `regions`
PARTITION BY LIST COLUMNS(`region`)
(PARTITION `eu` VALUES IN ('de','fr'),
 PARTITION `us` VALUES IN ('us'));

-- Partition sales (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `sales`
PARTITION BY RANGE (year(`sold`))
(PARTITION `p2023` VALUES LESS THAN (2024),
 PARTITION `p2024` VALUES LESS THAN (2025));
