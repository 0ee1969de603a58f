-- Alter table email: rename unique key ux_old to UKaddress; rename index ix_old to ix_new
ALTER TABLE `email`
  RENAME INDEX `ux_old` TO `UKaddress`,
  RENAME INDEX `ix_old` TO `ix_new`;
