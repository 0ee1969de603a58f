-- Change type of survey.answers from text[] to varchar(100)[] (values that do not fit fail or are changed)
ALTER TABLE "survey" ALTER COLUMN "answers" TYPE varchar(100)[];

-- Change type of survey.scores from integer[] to bigint[]
ALTER TABLE "survey" ALTER COLUMN "scores" TYPE bigint[];
