CREATE TABLE products (
  id int NOT NULL PRIMARY KEY,
  name varchar(100),
  code varchar(10),
  INDEX IDX_NAME (name),
  UNIQUE KEY UK_CODE (code)
);
