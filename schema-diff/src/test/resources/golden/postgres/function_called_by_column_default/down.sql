-- Drop table items (its data is lost)
DROP TABLE "items";

-- Drop function positive(x integer)
DROP FUNCTION "positive"(x integer);

-- Drop function generate_item_id()
DROP FUNCTION "generate_item_id"();
