CREATE TABLE users ( -- @renamed from=old_users
  id bigint PRIMARY KEY,
  user_name text NOT NULL, -- @renamed from=username
  "NewName" text, /* @renamed from="OldName" */
  special_column varchar(40), -- @renamed from="special.column"
  age integer
);
CREATE INDEX username_idx /* @renamed from=idx_username */ ON users (user_name);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint REFERENCES users (id),
  total numeric(10, 2) -- @renamed from=amount
);
