CREATE TABLE users (
  id bigint NOT NULL,
  name varchar(100),
  PRIMARY KEY (id) KEY_BLOCK_SIZE=4
);
CREATE TABLE archive (
  id bigint NOT NULL,
  PRIMARY KEY (id) USING BTREE
);
CREATE TABLE accounts (
  id bigint NOT NULL,
  PRIMARY KEY (id) USING BTREE KEY_BLOCK_SIZE=2 COMMENT 'account id'
);
