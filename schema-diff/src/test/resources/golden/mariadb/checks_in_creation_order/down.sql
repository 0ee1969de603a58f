-- Drop table shipments (its data is lost)
DROP TABLE `shipments`;
