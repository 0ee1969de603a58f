-- Alter table orders: drop foreign key FKcustomer (its index stays unless dropped too)
ALTER TABLE `orders` DROP FOREIGN KEY `FKcustomer`;

-- Alter table orders: drop index FKcustomer
ALTER TABLE `orders` DROP INDEX `FKcustomer`;
