CREATE TABLE products (
  id int NOT NULL PRIMARY KEY,
  name varchar(100),
  code varchar(10),
  INDEX idx_name (name),
  UNIQUE KEY uk_code (code)
);
