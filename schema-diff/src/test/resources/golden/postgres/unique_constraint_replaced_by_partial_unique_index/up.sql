-- Drop unique constraint uk_slug_value of slug
ALTER TABLE "slug" DROP CONSTRAINT "uk_slug_value";

-- Create unique index ux_slug_value_live on slug
CREATE UNIQUE INDEX "ux_slug_value_live" ON "slug" ("value") WHERE NOT archived;
