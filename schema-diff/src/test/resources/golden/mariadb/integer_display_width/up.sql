-- Create table tally
CREATE TABLE `tally` (
  `id` int(5) NOT NULL,
  `n` mediumint(2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table counter: add column total
ALTER TABLE `counter` ADD COLUMN `total` bigint(8);
