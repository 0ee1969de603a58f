-- Rename constraint one_pair_positive of pair_values to pair_values_check
ALTER TABLE "pair_values" RENAME CONSTRAINT "one_pair_positive" TO "pair_values_check";

-- Add check constraint pair_values_check1 to pair_values (fails on rows that violate it)
ALTER TABLE "pair_values" ADD CONSTRAINT "pair_values_check1" CHECK (a > 0 AND b > 0) NO INHERIT;
