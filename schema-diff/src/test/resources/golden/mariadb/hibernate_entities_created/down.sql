-- Alter table customer_tags: drop foreign key FKcustomertags (its index stays unless dropped too)
ALTER TABLE `customer_tags` DROP FOREIGN KEY `FKcustomertags`;

-- Alter table purchase: drop foreign key FKpurchasecustomer (its index stays unless dropped too)
ALTER TABLE `purchase` DROP FOREIGN KEY `FKpurchasecustomer`;

-- Drop table customer (its data is lost)
DROP TABLE `customer`;

-- Drop table customer_tags (its data is lost)
DROP TABLE `customer_tags`;

-- Drop table purchase (its data is lost)
DROP TABLE `purchase`;

-- Drop sequence customer_seq (its current value is lost)
DROP SEQUENCE `customer_seq`;
