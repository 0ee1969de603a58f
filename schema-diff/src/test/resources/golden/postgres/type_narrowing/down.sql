-- Change type of note.id from integer to bigint
ALTER TABLE "note" ALTER COLUMN "id" TYPE bigint;

-- Change type of note.title from varchar(100) to varchar(255)
ALTER TABLE "note" ALTER COLUMN "title" TYPE varchar(255);

-- Change type of note.body from varchar(4000) to text
ALTER TABLE "note" ALTER COLUMN "body" TYPE text;

-- Change type of note.rating from numeric(5,2) to numeric(38,2)
ALTER TABLE "note" ALTER COLUMN "rating" TYPE numeric(38,2);
