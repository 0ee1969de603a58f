-- Drop table secret (its data is lost)
DROP TABLE "secret";

-- Disable row-level security on doc
ALTER TABLE "doc" DISABLE ROW LEVEL SECURITY;

-- Stop forcing row-level security on doc (for its owner too)
ALTER TABLE "doc" NO FORCE ROW LEVEL SECURITY;

-- Enable row-level security on note
ALTER TABLE "note" ENABLE ROW LEVEL SECURITY;
