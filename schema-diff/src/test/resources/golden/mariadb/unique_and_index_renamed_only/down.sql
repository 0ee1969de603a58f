-- Alter table email: rename unique key UKaddress to ux_old; rename index ix_new to ix_old
ALTER TABLE `email`
  RENAME INDEX `UKaddress` TO `ux_old`,
  RENAME INDEX `ix_new` TO `ix_old`;
