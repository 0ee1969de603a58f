-- Change type of measurement.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "measurement" ALTER COLUMN "id" TYPE integer;

-- Change type of measurement.code from varchar(255) to varchar(50) (values that do not fit fail or are changed)
ALTER TABLE "measurement" ALTER COLUMN "code" TYPE varchar(50);

-- Change type of measurement.amount from numeric(12,2) to numeric(10,2) (values that do not fit fail or are changed)
ALTER TABLE "measurement" ALTER COLUMN "amount" TYPE numeric(10,2);

-- Change type of measurement.counter from integer to smallint (values that do not fit fail or are changed)
ALTER TABLE "measurement" ALTER COLUMN "counter" TYPE smallint;

-- Change type of measurement.taken_at from timestamp(6) with time zone to timestamp(6) (values that do not fit fail or are changed)
ALTER TABLE "measurement" ALTER COLUMN "taken_at" TYPE timestamp(6);
