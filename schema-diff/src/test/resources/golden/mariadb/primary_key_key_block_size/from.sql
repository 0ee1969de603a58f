CREATE TABLE users (
  id bigint NOT NULL,
  name varchar(100),
  PRIMARY KEY (id)
);
CREATE TABLE archive (
  id bigint NOT NULL,
  PRIMARY KEY (id) USING BTREE KEY_BLOCK_SIZE=8
);
