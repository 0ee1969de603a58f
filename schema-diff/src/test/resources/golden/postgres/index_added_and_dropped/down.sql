-- Drop index idx_book_isbn of book
DROP INDEX "idx_book_isbn";

-- Drop index idx_book_title_isbn of book
DROP INDEX "idx_book_title_isbn";

-- Create index idx_book_title on book
CREATE INDEX "idx_book_title" ON "book" ("title");
