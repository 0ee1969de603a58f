-- Alter table doc: drop index ix_doc_body; drop index ix_doc_title
ALTER TABLE `doc`
  DROP INDEX `ix_doc_body`,
  DROP INDEX `ix_doc_title`;
