-- Change identity generation of voltages.volt (fails if the sequence's current value lies outside the new bounds)
ALTER TABLE "voltages" ALTER COLUMN "volt" SET START WITH -100 SET INCREMENT BY 5 SET MINVALUE -100 SET MAXVALUE 100 SET CACHE 1;

-- Drop column voltages.down (its data is lost)
ALTER TABLE "voltages" DROP COLUMN "down";

-- Drop column voltages.low (its data is lost)
ALTER TABLE "voltages" DROP COLUMN "low";
