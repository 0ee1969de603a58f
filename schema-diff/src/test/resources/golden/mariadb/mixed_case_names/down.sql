-- Drop table OrderLine (its data is lost)
DROP TABLE `OrderLine`;

-- Alter table Customer: drop column EMail (its data is lost)
ALTER TABLE `Customer` DROP COLUMN `EMail`;
