CREATE TABLE users (
  id bigint NOT NULL,
  name varchar(100),
  PRIMARY KEY (id) USING BTREE
);
CREATE TABLE accounts (
  id bigint NOT NULL,
  PRIMARY KEY (id) USING BTREE COMMENT 'account id'
);
