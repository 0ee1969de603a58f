-- Alter table tag: modify id: drop comment; modify label: comment; comment
ALTER TABLE `tag`
  MODIFY COLUMN `id` bigint NOT NULL,
  MODIFY COLUMN `label` varchar(50) COLLATE latin1_swedish_ci COMMENT 'old',
  COMMENT='Tags';
