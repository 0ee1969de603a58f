-- Alter table doc: add index ix_doc_title; add index ix_doc_body
ALTER TABLE `doc`
  ADD INDEX `ix_doc_title` (`title`(50), `id` DESC),
  ADD INDEX `ix_doc_body` (`body`(100));
