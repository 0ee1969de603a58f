-- Alter table doc: drop index ix_doc_title; drop index ix_doc_body
ALTER TABLE `doc`
  DROP INDEX `ix_doc_title`,
  DROP INDEX `ix_doc_body`;
