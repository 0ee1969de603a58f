-- Drop index idx_book_title of book
DROP INDEX "idx_book_title";

-- Create unique index idx_book_isbn on book
CREATE UNIQUE INDEX "idx_book_isbn" ON "book" ("isbn");

-- Create index idx_book_title_isbn on book
CREATE INDEX "idx_book_title_isbn" ON "book" ("title", "isbn" DESC);
