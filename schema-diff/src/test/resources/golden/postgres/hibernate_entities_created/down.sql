-- Drop foreign key fk624gtjin3po807j3vix093tlf of orders
ALTER TABLE "orders" DROP CONSTRAINT "fk624gtjin3po807j3vix093tlf";

-- Drop foreign key fkhsbw5qpojsfay1bgtqslkmw2m of orders_tags
ALTER TABLE "orders_tags" DROP CONSTRAINT "fkhsbw5qpojsfay1bgtqslkmw2m";

-- Drop table customer (its data is lost)
DROP TABLE "customer";

-- Drop table orders (its data is lost)
DROP TABLE "orders";

-- Drop table orders_tags (its data is lost)
DROP TABLE "orders_tags";

-- Drop sequence orders_seq (its current value is lost)
DROP SEQUENCE "orders_seq";
