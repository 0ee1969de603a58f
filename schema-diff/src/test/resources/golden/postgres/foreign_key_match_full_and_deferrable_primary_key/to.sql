CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (
    id int PRIMARY KEY,
    a int,
    b int,
    CONSTRAINT child_parent FOREIGN KEY (a, b) REFERENCES parent MATCH FULL ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE slot (id int, pos int, CONSTRAINT slot_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE queue (id int PRIMARY KEY DEFERRABLE, item int);
