-- Alter table tag: modify id: comment; modify label: drop comment; comment
ALTER TABLE `tag`
  MODIFY COLUMN `id` bigint NOT NULL COMMENT 'The key',
  MODIFY COLUMN `label` varchar(50) COLLATE latin1_swedish_ci,
  COMMENT='Labels, it''s \\ here';
