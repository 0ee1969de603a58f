DROP INDEX book_isbn_uk;
ALTER TABLE book DROP COLUMN isbn;
