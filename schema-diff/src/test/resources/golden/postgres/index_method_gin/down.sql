-- Drop index idx_document_attributes of document
DROP INDEX "idx_document_attributes";

-- Drop index idx_document_tags of document
DROP INDEX "idx_document_tags";
