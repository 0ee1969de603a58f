-- Alter table cache_entry: engine InnoDB (the table is rebuilt)
ALTER TABLE `cache_entry` ENGINE=InnoDB;
