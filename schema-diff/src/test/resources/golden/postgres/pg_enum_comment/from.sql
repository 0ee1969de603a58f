CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
COMMENT ON TYPE size IS 'shirt sizes';
CREATE TYPE color AS ENUM ('red', 'green');
COMMENT ON TYPE color IS 'paint';
CREATE TABLE shirt (id int PRIMARY KEY, size size, color color);
