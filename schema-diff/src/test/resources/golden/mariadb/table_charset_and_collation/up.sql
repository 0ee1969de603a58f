-- Alter table city: modify name: collation utf8mb4_unicode_ci (may fail on keys that collide); default collation utf8mb4_unicode_ci (for new columns; existing ones keep their own)
ALTER TABLE `city`
  MODIFY COLUMN `name` varchar(100) COLLATE utf8mb4_unicode_ci,
  DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
