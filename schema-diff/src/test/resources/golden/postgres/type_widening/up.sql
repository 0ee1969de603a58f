-- Change type of measurement.id from integer to bigint
ALTER TABLE "measurement" ALTER COLUMN "id" TYPE bigint;

-- Change type of measurement.code from varchar(50) to varchar(255)
ALTER TABLE "measurement" ALTER COLUMN "code" TYPE varchar(255);

-- Change type of measurement.amount from numeric(10,2) to numeric(12,2)
ALTER TABLE "measurement" ALTER COLUMN "amount" TYPE numeric(12,2);

-- Change type of measurement.counter from smallint to integer
ALTER TABLE "measurement" ALTER COLUMN "counter" TYPE integer;

-- Change type of measurement.taken_at from timestamp(6) to timestamp(6) with time zone
ALTER TABLE "measurement" ALTER COLUMN "taken_at" TYPE timestamp(6) with time zone;
