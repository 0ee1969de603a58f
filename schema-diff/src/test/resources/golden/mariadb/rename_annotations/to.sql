CREATE TABLE user_profiles ( -- @renamed from="user accounts"
  id bigint PRIMARY KEY,
  user_name varchar(100) NOT NULL, -- @renamed from=username
  email_address varchar(200), /* @renamed from="email@address" */
  age int,
  INDEX username_idx (user_name) -- @renamed from=idx_username
);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint,
  CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES user_profiles (id)
);
