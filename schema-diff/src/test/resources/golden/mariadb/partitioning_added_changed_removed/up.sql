-- Remove the partitioning of regions (the table is rebuilt, its rows kept)
ALTER TABLE `regions` REMOVE PARTITIONING;

-- Create table logs
CREATE TABLE `logs` (
  `id` bigint NOT NULL,
  `at` datetime NOT NULL,
  PRIMARY KEY (`id`, `at`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci
PARTITION BY RANGE COLUMNS(`at`)
(PARTITION `old` VALUES LESS THAN ('2024-01-01'),
 PARTITION `cur` VALUES LESS THAN (MAXVALUE));

-- Partition events (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `events`
PARTITION BY KEY (`id`) PARTITIONS 2;

-- Partition plain (the table is rebuilt; fails if a row fits no partition)
ALTER TABLE `plain`
PARTITION BY HASH (`id`) PARTITIONS 3;

-- Add a partition to sales
ALTER TABLE `sales` ADD PARTITION (PARTITION `pmax` VALUES LESS THAN MAXVALUE COMMENT = 'later years');
