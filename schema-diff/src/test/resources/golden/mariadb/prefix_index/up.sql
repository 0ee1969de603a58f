-- Alter table doc: add index ix_doc_body; add index ix_doc_title
ALTER TABLE `doc`
  ADD INDEX `ix_doc_body` (`body`(100)),
  ADD INDEX `ix_doc_title` (`title`(50), `id` DESC);
