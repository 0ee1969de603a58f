-- Alter table login: modify username: collation utf8mb4_bin (may fail on keys that collide)
ALTER TABLE `login` MODIFY COLUMN `username` varchar(50) COLLATE utf8mb4_bin;
