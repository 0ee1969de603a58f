-- Alter table cache_entry: engine MyISAM (the table is rebuilt)
ALTER TABLE `cache_entry` ENGINE=MyISAM;
