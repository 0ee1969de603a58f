CREATE TABLE library_item (
  id bigint PRIMARY KEY,
  isbn13 varchar(13) NOT NULL,
  title varchar(200),
  CONSTRAINT library_item_isbn13_key UNIQUE (isbn13),
  CONSTRAINT library_item_isbn13_check CHECK (length(isbn13) >= 10)
);
CREATE INDEX library_item_title_isbn13_idx ON library_item (title, isbn13);
CREATE INDEX library_item_isbn13_lower_idx ON library_item (lower(isbn13)) WHERE isbn13 <> 'isbn';
