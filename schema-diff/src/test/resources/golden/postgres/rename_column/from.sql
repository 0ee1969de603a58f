CREATE TABLE library_item (
  id bigint PRIMARY KEY,
  isbn varchar(13) NOT NULL,
  title varchar(200),
  CONSTRAINT library_item_isbn_key UNIQUE (isbn),
  CONSTRAINT library_item_isbn_check CHECK (length(isbn) >= 10)
);
CREATE INDEX library_item_title_isbn_idx ON library_item (title, isbn);
CREATE INDEX library_item_isbn_lower_idx ON library_item (lower(isbn)) WHERE isbn <> 'isbn';
