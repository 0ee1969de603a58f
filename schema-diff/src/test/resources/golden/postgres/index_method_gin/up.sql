-- Create index idx_document_attributes on document
CREATE INDEX "idx_document_attributes" ON "document" USING gin ("attributes");

-- Create index idx_document_tags on document
CREATE INDEX "idx_document_tags" ON "document" USING gin ("tags");
