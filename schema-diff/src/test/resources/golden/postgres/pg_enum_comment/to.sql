CREATE TYPE mood AS ENUM ('happy', 'sad');
COMMENT ON TYPE mood IS 'how it feels';
CREATE TYPE size AS ENUM ('s', 'm', 'l', 'xl');
CREATE TYPE color AS ENUM ('green', 'red');
COMMENT ON TYPE color IS 'paint';
CREATE TYPE fit AS ENUM ('slim', 'regular');
COMMENT ON TYPE fit IS 'cut of the shirt';
CREATE TABLE shirt (id int PRIMARY KEY, size size, color color, fit fit);
