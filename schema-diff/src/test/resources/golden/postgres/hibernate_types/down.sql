-- Drop table all_types (its data is lost)
DROP TABLE "all_types";
