-- Alter table orders: add index FKcustomer
ALTER TABLE `orders` ADD INDEX `FKcustomer` (`customer_id`);

-- Alter table orders: add foreign key FKcustomer to customer
ALTER TABLE `orders` ADD CONSTRAINT `FKcustomer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`);
