-- Drop table tally (its data is lost)
DROP TABLE `tally`;

-- Alter table counter: drop column total (its data is lost)
ALTER TABLE `counter` DROP COLUMN `total`;
