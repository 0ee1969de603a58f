-- Drop sequence legacy_seq (its current value is lost)
DROP SEQUENCE "legacy_seq";
