-- Drop table customer_seq (its data is lost)
DROP TABLE `customer_seq`;
