-- Drop table customer (its data is lost)
DROP TABLE "customer";

-- Drop sequence customer_seq (its current value is lost)
DROP SEQUENCE "customer_seq";
