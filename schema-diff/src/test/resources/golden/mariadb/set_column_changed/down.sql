-- Alter table article: modify flags: type set('a','b','it''s') -> set('a','b') (values that do not fit fail or are changed), allow nulls, drop default
ALTER TABLE `article` MODIFY COLUMN `flags` set('a','b') COLLATE latin1_swedish_ci;
