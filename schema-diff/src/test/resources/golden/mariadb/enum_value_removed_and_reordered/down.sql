-- Alter table ticket: modify state: type enum('OPEN','NEW') -> enum('NEW','OPEN','CLOSED') (values that do not fit fail or are changed)
ALTER TABLE `ticket` MODIFY COLUMN `state` enum('NEW','OPEN','CLOSED') COLLATE latin1_swedish_ci NOT NULL DEFAULT 'NEW';
