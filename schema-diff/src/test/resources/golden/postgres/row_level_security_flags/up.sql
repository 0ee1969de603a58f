-- Create table secret
CREATE TABLE "secret" (
  "id" integer NOT NULL,
  CONSTRAINT "secret_pkey" PRIMARY KEY ("id")
);

-- Enable row-level security on secret
ALTER TABLE "secret" ENABLE ROW LEVEL SECURITY;

-- Enable row-level security on doc
ALTER TABLE "doc" ENABLE ROW LEVEL SECURITY;

-- Force row-level security on doc (for its owner too)
ALTER TABLE "doc" FORCE ROW LEVEL SECURITY;

-- Disable row-level security on note
ALTER TABLE "note" DISABLE ROW LEVEL SECURITY;
