-- Alter table person: modify nick: type varchar(50) -> varchar(100)
ALTER TABLE `person` MODIFY COLUMN `nick` varchar(100) COLLATE latin1_swedish_ci NOT NULL DEFAULT 'anon' COMMENT 'shown name';
