CREATE TABLE `user accounts` (
  id bigint PRIMARY KEY,
  username varchar(100) NOT NULL,
  `email@address` varchar(100),
  age int,
  INDEX idx_username (username)
);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint,
  CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES `user accounts` (id)
);
