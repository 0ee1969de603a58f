-- Rename table book to library_item (keeps its rows)
RENAME TABLE `book` TO `library_item`;

-- Alter table loan: rename column book_id to item_id (keeps its data)
ALTER TABLE `loan` RENAME COLUMN `book_id` TO `item_id`;

-- Alter table library_item: rename index book_title_idx to library_item_title_idx
ALTER TABLE `library_item` RENAME INDEX `book_title_idx` TO `library_item_title_idx`;

-- Rename sequence book_seq to library_item_seq (keeps its current value)
RENAME TABLE `book_seq` TO `library_item_seq`;
