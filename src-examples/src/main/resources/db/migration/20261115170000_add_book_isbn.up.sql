ALTER TABLE book ADD COLUMN isbn VARCHAR(17);
CREATE UNIQUE INDEX book_isbn_uk ON book (isbn);
