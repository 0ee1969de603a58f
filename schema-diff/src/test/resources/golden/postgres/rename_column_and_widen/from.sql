CREATE TABLE customer (
  id bigint PRIMARY KEY,
  last_name varchar(50),
  phone integer
);
CREATE INDEX customer_last_name_idx ON customer (last_name);
