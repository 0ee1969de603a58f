CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (
    id int PRIMARY KEY,
    a int,
    b int,
    CONSTRAINT child_parent FOREIGN KEY (a, b) REFERENCES parent
);
CREATE TABLE slot (id int PRIMARY KEY, pos int);
