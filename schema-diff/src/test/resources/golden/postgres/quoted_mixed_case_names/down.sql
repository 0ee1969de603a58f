-- Drop table Order (its data is lost)
DROP TABLE "Order";

-- Drop sequence Order_SEQ (its current value is lost)
DROP SEQUENCE "Order_SEQ";
