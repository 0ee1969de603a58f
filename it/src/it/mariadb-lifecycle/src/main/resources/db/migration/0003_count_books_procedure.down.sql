DROP PROCEDURE count_books;
