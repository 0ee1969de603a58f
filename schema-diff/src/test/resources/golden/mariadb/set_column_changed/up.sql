-- Alter table article: modify flags: type set('a','b') -> set('a','b','it''s'), forbid nulls (fails if rows hold null), default 'a,b'
ALTER TABLE `article` MODIFY COLUMN `flags` set('a','b','it''s') COLLATE latin1_swedish_ci NOT NULL DEFAULT 'a,b';
