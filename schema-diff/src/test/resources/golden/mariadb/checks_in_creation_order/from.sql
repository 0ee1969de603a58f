CREATE TABLE orders (
  id int PRIMARY KEY,
  CONSTRAINT orders_z_chk CHECK (id > 0),
  CONSTRAINT orders_a_chk CHECK (id < 1000000)
);
