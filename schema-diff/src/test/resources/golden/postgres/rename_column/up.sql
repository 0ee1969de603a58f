-- Rename column library_item.isbn to isbn13 (keeps its data)
ALTER TABLE "library_item" RENAME COLUMN "isbn" TO "isbn13";

-- Rename index library_item_isbn_lower_idx of library_item to library_item_isbn13_lower_idx
ALTER INDEX "library_item_isbn_lower_idx" RENAME TO "library_item_isbn13_lower_idx";

-- Rename index library_item_title_isbn_idx of library_item to library_item_title_isbn13_idx
ALTER INDEX "library_item_title_isbn_idx" RENAME TO "library_item_title_isbn13_idx";

-- Rename constraint library_item_isbn_key of library_item to library_item_isbn13_key
ALTER TABLE "library_item" RENAME CONSTRAINT "library_item_isbn_key" TO "library_item_isbn13_key";

-- Rename constraint library_item_isbn_check of library_item to library_item_isbn13_check
ALTER TABLE "library_item" RENAME CONSTRAINT "library_item_isbn_check" TO "library_item_isbn13_check";
