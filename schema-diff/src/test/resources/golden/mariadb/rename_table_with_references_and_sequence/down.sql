-- Rename table book to library_item (keeps its rows)
RENAME TABLE `book` TO `library_item`;

-- Alter table loan: rename column book_id to item_id (keeps its data); rename index FK7wkbh5ub0ad6l2lsvhwtbfc0x to FKq4f2ufpb7fenyx5d4rasyq6lx
ALTER TABLE `loan`
  RENAME COLUMN `book_id` TO `item_id`,
  RENAME INDEX `FK7wkbh5ub0ad6l2lsvhwtbfc0x` TO `FKq4f2ufpb7fenyx5d4rasyq6lx`;

-- Alter table library_item: rename index book_title_idx to library_item_title_idx
ALTER TABLE `library_item` RENAME INDEX `book_title_idx` TO `library_item_title_idx`;

-- Rename sequence book_seq to library_item_seq (keeps its current value)
RENAME TABLE `book_seq` TO `library_item_seq`;

-- Alter table loan: drop foreign key FK7wkbh5ub0ad6l2lsvhwtbfc0x (its index stays unless dropped too); add it again as FKq4f2ufpb7fenyx5d4rasyq6lx (the server cannot rename a foreign key; its rows satisfy it)
SET STATEMENT foreign_key_checks=0 FOR ALTER TABLE `loan`
  DROP FOREIGN KEY `FK7wkbh5ub0ad6l2lsvhwtbfc0x`,
  ADD CONSTRAINT `FKq4f2ufpb7fenyx5d4rasyq6lx` FOREIGN KEY (`item_id`) REFERENCES `library_item` (`id`);
