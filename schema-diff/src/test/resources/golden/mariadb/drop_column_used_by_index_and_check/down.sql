-- Alter table shipment: drop index ix_carrier; add column weight with check `weight` > 0 (fails on rows that violate it); add column tracking; add check ck_tracking (fails on rows that violate it); add index ix_carrier_tracking
ALTER TABLE `shipment`
  DROP INDEX `ix_carrier`,
  ADD COLUMN `weight` int CHECK (`weight` > 0),
  ADD COLUMN `tracking` varchar(40) COLLATE latin1_swedish_ci,
  ADD CONSTRAINT `ck_tracking` CHECK (`tracking` <> ''),
  ADD INDEX `ix_carrier_tracking` (`carrier`, `tracking`);
