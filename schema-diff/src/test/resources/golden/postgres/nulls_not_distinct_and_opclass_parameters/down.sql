-- Remove comment of sequence document_seq
COMMENT ON SEQUENCE "document_seq" IS NULL;

-- Drop unique constraint document_code_key of document
ALTER TABLE "document" DROP CONSTRAINT "document_code_key";

-- Drop index idx_document_body of document
DROP INDEX "idx_document_body";

-- Drop index idx_document_score of document
DROP INDEX "idx_document_score";

-- Drop index idx_document_score_desc of document
DROP INDEX "idx_document_score_desc";

-- Drop index idx_document_tenant_score of document
DROP INDEX "idx_document_tenant_score";

-- Add unique constraint document_code_key to document (fails on duplicates)
ALTER TABLE "document" ADD CONSTRAINT "document_code_key" UNIQUE ("code");

-- Create index idx_document_body on document
CREATE INDEX "idx_document_body" ON "document" USING gist ("body");

-- Create index idx_document_score on document
CREATE INDEX "idx_document_score" ON "document" ("score");

-- Create unique index idx_document_tenant_score on document
CREATE UNIQUE INDEX "idx_document_tenant_score" ON "document" ("tenant", "score");

-- Drop sequence audit_seq (its current value is lost)
DROP SEQUENCE "audit_seq";
