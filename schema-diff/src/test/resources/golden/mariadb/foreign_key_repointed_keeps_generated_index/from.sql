CREATE TABLE users (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE admins (id bigint NOT NULL PRIMARY KEY);
CREATE TABLE posts (
  id bigint NOT NULL PRIMARY KEY,
  author_id bigint,
  FOREIGN KEY (author_id) REFERENCES users (id)
);
