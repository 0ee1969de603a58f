-- Rename table library_item to book (keeps its rows)
RENAME TABLE `library_item` TO `book`;

-- Alter table loan: rename column item_id to book_id (keeps its data)
ALTER TABLE `loan` RENAME COLUMN `item_id` TO `book_id`;

-- Alter table book: rename index library_item_title_idx to book_title_idx
ALTER TABLE `book` RENAME INDEX `library_item_title_idx` TO `book_title_idx`;

-- Rename sequence library_item_seq to book_seq (keeps its current value)
RENAME TABLE `library_item_seq` TO `book_seq`;
