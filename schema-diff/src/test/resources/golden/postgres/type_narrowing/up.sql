-- Change type of note.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "note" ALTER COLUMN "id" TYPE integer;

-- Change type of note.title from varchar(255) to varchar(100) (values that do not fit fail or are changed)
ALTER TABLE "note" ALTER COLUMN "title" TYPE varchar(100);

-- Change type of note.body from text to varchar(4000) (values that do not fit fail or are changed)
ALTER TABLE "note" ALTER COLUMN "body" TYPE varchar(4000);

-- Change type of note.rating from numeric(38,2) to numeric(5,2) (values that do not fit fail or are changed)
ALTER TABLE "note" ALTER COLUMN "rating" TYPE numeric(5,2);
