-- Alter table person: modify nick: type varchar(100) -> varchar(50) (values that do not fit fail or are changed)
ALTER TABLE `person` MODIFY COLUMN `nick` varchar(50) COLLATE latin1_swedish_ci NOT NULL DEFAULT 'anon' COMMENT 'shown name';
