CREATE TABLE old_users (
  id bigint PRIMARY KEY,
  username text NOT NULL,
  "OldName" text,
  "special.column" varchar(20),
  age integer
);
CREATE INDEX idx_username ON old_users (username);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint REFERENCES old_users (id),
  total numeric(10, 2)
);
