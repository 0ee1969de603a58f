-- Rename table library_item to book (keeps its rows)
RENAME TABLE `library_item` TO `book`;

-- Alter table loan: rename column item_id to book_id (keeps its data); rename index FKq4f2ufpb7fenyx5d4rasyq6lx to FK7wkbh5ub0ad6l2lsvhwtbfc0x
ALTER TABLE `loan`
  RENAME COLUMN `item_id` TO `book_id`,
  RENAME INDEX `FKq4f2ufpb7fenyx5d4rasyq6lx` TO `FK7wkbh5ub0ad6l2lsvhwtbfc0x`;

-- Alter table book: rename index library_item_title_idx to book_title_idx
ALTER TABLE `book` RENAME INDEX `library_item_title_idx` TO `book_title_idx`;

-- Rename sequence library_item_seq to book_seq (keeps its current value)
RENAME TABLE `library_item_seq` TO `book_seq`;

-- Alter table loan: drop foreign key FKq4f2ufpb7fenyx5d4rasyq6lx (its index stays unless dropped too); add it again as FK7wkbh5ub0ad6l2lsvhwtbfc0x (the server cannot rename a foreign key; its rows satisfy it)
SET STATEMENT foreign_key_checks=0 FOR ALTER TABLE `loan`
  DROP FOREIGN KEY `FKq4f2ufpb7fenyx5d4rasyq6lx`,
  ADD CONSTRAINT `FK7wkbh5ub0ad6l2lsvhwtbfc0x` FOREIGN KEY (`book_id`) REFERENCES `book` (`id`);
