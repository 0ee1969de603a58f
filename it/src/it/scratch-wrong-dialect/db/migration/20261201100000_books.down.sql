-- migration:allow-destructive
DROP TABLE books;
