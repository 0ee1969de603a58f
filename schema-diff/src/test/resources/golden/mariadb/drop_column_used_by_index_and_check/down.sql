-- Alter table shipment: drop index ix_carrier; add column weight; add column tracking; add check ck_tracking (fails on rows that violate it); add check weight to its column (fails on rows that violate it); add index ix_carrier_tracking
ALTER TABLE `shipment`
  DROP INDEX `ix_carrier`,
  ADD COLUMN `weight` int,
  ADD COLUMN `tracking` varchar(40) COLLATE latin1_swedish_ci,
  ADD CONSTRAINT `ck_tracking` CHECK (`tracking` <> ''),
  MODIFY COLUMN `weight` int CHECK (`weight` > 0),
  ADD INDEX `ix_carrier_tracking` (`carrier`, `tracking`);
