CREATE TABLE users (
  id int NOT NULL,
  name varchar(40),
  email varchar(80),
  code varchar(10),
  PRIMARY KEY (id),
  KEY ix_name (name),
  UNIQUE KEY uk_email (email) USING BTREE,
  KEY ix_code (code) USING HASH
);
