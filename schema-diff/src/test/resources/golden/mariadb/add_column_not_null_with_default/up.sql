-- Alter table account: add column active; add column balance
ALTER TABLE `account`
  ADD COLUMN `active` bit(1) NOT NULL DEFAULT b'1',
  ADD COLUMN `balance` decimal(19,2) NOT NULL DEFAULT 0.00;
