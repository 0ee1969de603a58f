-- Alter table account: drop column active (its data is lost); drop column balance (its data is lost)
ALTER TABLE `account`
  DROP COLUMN `active`,
  DROP COLUMN `balance`;
