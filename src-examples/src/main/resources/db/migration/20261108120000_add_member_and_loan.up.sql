CREATE TABLE member (
  id BIGINT PRIMARY KEY,
  email VARCHAR(320) NOT NULL UNIQUE,
  joined_on DATE NOT NULL
);

CREATE TABLE loan (
  id BIGINT PRIMARY KEY,
  book_id BIGINT NOT NULL REFERENCES book (id),
  member_id BIGINT NOT NULL REFERENCES member (id),
  borrowed_on DATE NOT NULL,
  returned_on DATE
);
