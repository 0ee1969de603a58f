-- Alter table city: modify name: collation latin1_swedish_ci (may fail on keys that collide); default collation latin1_swedish_ci (for new columns; existing ones keep their own)
ALTER TABLE `city`
  MODIFY COLUMN `name` varchar(100) COLLATE latin1_swedish_ci,
  DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;
