CREATE TABLE customer (
  id bigint PRIMARY KEY,
  surname varchar(100) NOT NULL,
  phone_number bigint
);
CREATE INDEX customer_surname_idx ON customer (surname);
