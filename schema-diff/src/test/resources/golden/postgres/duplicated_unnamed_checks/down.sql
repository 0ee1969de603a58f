-- Rename constraint pair_values_check of pair_values to one_pair_positive
ALTER TABLE "pair_values" RENAME CONSTRAINT "pair_values_check" TO "one_pair_positive";

-- Drop check constraint pair_values_check1 of pair_values
ALTER TABLE "pair_values" DROP CONSTRAINT "pair_values_check1";
