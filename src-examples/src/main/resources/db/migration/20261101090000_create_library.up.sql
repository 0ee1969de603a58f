CREATE TABLE author (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE book (
  id BIGINT PRIMARY KEY,
  title VARCHAR(300) NOT NULL,
  author_id BIGINT NOT NULL REFERENCES author (id),
  published_year INT
);

CREATE INDEX book_author_idx ON book (author_id);
