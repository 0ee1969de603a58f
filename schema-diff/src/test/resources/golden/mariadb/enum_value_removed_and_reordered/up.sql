-- Alter table ticket: modify state: type enum('NEW','OPEN','CLOSED') -> enum('OPEN','NEW') (values that do not fit fail or are changed)
ALTER TABLE `ticket` MODIFY COLUMN `state` enum('OPEN','NEW') COLLATE latin1_swedish_ci NOT NULL DEFAULT 'NEW';
