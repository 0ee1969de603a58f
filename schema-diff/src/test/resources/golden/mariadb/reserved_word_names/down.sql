-- Alter table table: drop foreign key references (its index stays unless dropped too)
ALTER TABLE `table` DROP FOREIGN KEY `references`;

-- Drop table order (its data is lost)
DROP TABLE `order`;

-- Drop table table (its data is lost)
DROP TABLE `table`;
