-- Alter table shipment: drop check ck_tracking; drop index ix_carrier_tracking; drop column weight (its data is lost); drop column tracking (its data is lost); add index ix_carrier
ALTER TABLE `shipment`
  DROP CONSTRAINT `ck_tracking`,
  DROP INDEX `ix_carrier_tracking`,
  DROP COLUMN `weight`,
  DROP COLUMN `tracking`,
  ADD INDEX `ix_carrier` (`carrier`);
