CREATE TABLE magazines (id BIGINT PRIMARY KEY, publisher_id BIGINT NOT NULL, FOREIGN KEY (publisher_id) REFERENCES publishers (id));
