-- Rename table book to library_item (keeps its rows)
ALTER TABLE "book" RENAME TO "library_item";

-- Rename column loan.book_id to item_id (keeps its data)
ALTER TABLE "loan" RENAME COLUMN "book_id" TO "item_id";

-- Rename index book_title_idx of library_item to library_item_title_idx
ALTER INDEX "book_title_idx" RENAME TO "library_item_title_idx";

-- Rename constraint book_pkey of library_item to library_item_pkey
ALTER TABLE "library_item" RENAME CONSTRAINT "book_pkey" TO "library_item_pkey";

-- Rename sequence book_legacy_no_seq to library_item_legacy_no_seq (keeps its current value)
ALTER SEQUENCE "book_legacy_no_seq" RENAME TO "library_item_legacy_no_seq";

-- Rename sequence book_seq to library_item_seq (keeps its current value)
ALTER SEQUENCE "book_seq" RENAME TO "library_item_seq";

-- Rename constraint fk7wkbh5ub0ad6l2lsvhwtbfc0x of loan to fkq4f2ufpb7fenyx5d4rasyq6lx
ALTER TABLE "loan" RENAME CONSTRAINT "fk7wkbh5ub0ad6l2lsvhwtbfc0x" TO "fkq4f2ufpb7fenyx5d4rasyq6lx";
