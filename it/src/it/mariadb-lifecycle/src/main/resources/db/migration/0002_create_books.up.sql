CREATE TABLE books (
    id BIGINT PRIMARY KEY,
    author_id BIGINT NOT NULL,
    CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id)
);
