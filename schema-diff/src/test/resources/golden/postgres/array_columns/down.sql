-- Change type of survey.answers from varchar(100)[] to text[]
ALTER TABLE "survey" ALTER COLUMN "answers" TYPE text[];

-- Change type of survey.scores from bigint[] to integer[] (values that do not fit fail or are changed)
ALTER TABLE "survey" ALTER COLUMN "scores" TYPE integer[];
