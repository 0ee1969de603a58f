-- Comment sequence document_seq
COMMENT ON SEQUENCE "document_seq" IS 'document ids, 50 at a time';

-- Drop unique constraint document_code_key of document
ALTER TABLE "document" DROP CONSTRAINT "document_code_key";

-- Drop index idx_document_body of document
DROP INDEX "idx_document_body";

-- Drop index idx_document_score of document
DROP INDEX "idx_document_score";

-- Drop index idx_document_tenant_score of document
DROP INDEX "idx_document_tenant_score";

-- Create sequence audit_seq
CREATE SEQUENCE "audit_seq" START WITH 1 INCREMENT BY 1;

-- Comment sequence audit_seq
COMMENT ON SEQUENCE "audit_seq" IS 'audit rows';

-- Add unique constraint document_code_key to document (fails on duplicates)
ALTER TABLE "document" ADD CONSTRAINT "document_code_key" UNIQUE NULLS NOT DISTINCT ("code");

-- Create index idx_document_body on document
CREATE INDEX "idx_document_body" ON "document" USING gist ("body" tsvector_ops (siglen='32'));

-- Create index idx_document_score on document
CREATE INDEX "idx_document_score" ON "document" ("score" NULLS FIRST);

-- Create index idx_document_score_desc on document
CREATE INDEX "idx_document_score_desc" ON "document" ("score" DESC NULLS LAST, "tenant");

-- Create unique index idx_document_tenant_score on document
CREATE UNIQUE INDEX "idx_document_tenant_score" ON "document" ("tenant", "score") NULLS NOT DISTINCT;
