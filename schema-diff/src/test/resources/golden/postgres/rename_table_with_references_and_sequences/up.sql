-- Rename table library_item to book (keeps its rows)
ALTER TABLE "library_item" RENAME TO "book";

-- Rename column loan.item_id to book_id (keeps its data)
ALTER TABLE "loan" RENAME COLUMN "item_id" TO "book_id";

-- Rename index library_item_title_idx of book to book_title_idx
ALTER INDEX "library_item_title_idx" RENAME TO "book_title_idx";

-- Rename constraint library_item_pkey of book to book_pkey
ALTER TABLE "book" RENAME CONSTRAINT "library_item_pkey" TO "book_pkey";

-- Rename sequence library_item_legacy_no_seq to book_legacy_no_seq (keeps its current value)
ALTER SEQUENCE "library_item_legacy_no_seq" RENAME TO "book_legacy_no_seq";

-- Rename sequence library_item_seq to book_seq (keeps its current value)
ALTER SEQUENCE "library_item_seq" RENAME TO "book_seq";

-- Rename constraint fkq4f2ufpb7fenyx5d4rasyq6lx of loan to fk7wkbh5ub0ad6l2lsvhwtbfc0x
ALTER TABLE "loan" RENAME CONSTRAINT "fkq4f2ufpb7fenyx5d4rasyq6lx" TO "fk7wkbh5ub0ad6l2lsvhwtbfc0x";
