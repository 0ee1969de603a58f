CREATE TABLE users (
  id int NOT NULL,
  name varchar(40),
  email varchar(80),
  code varchar(10),
  PRIMARY KEY (id),
  KEY ix_name (name) USING BTREE KEY_BLOCK_SIZE=8,
  UNIQUE KEY uk_email (email),
  KEY ix_code (code)
);
CREATE TABLE tag (
  id int NOT NULL,
  label varchar(20),
  PRIMARY KEY (id),
  KEY ix_label (label) using btree
);
