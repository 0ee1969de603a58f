-- Drop index ux_slug_value_live of slug
DROP INDEX "ux_slug_value_live";

-- Add unique constraint uk_slug_value to slug (fails on duplicates)
ALTER TABLE "slug" ADD CONSTRAINT "uk_slug_value" UNIQUE ("value");
