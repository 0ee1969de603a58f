-- Change identity generation of voltages.volt (restarts its sequence at START -100 where nothing was generated yet or its current value lies behind the new MINVALUE; fails if it lies beyond the new MAXVALUE)
DO $$
BEGIN
  IF coalesce(pg_sequence_last_value(pg_get_serial_sequence('"voltages"', 'volt')::regclass) < -100, true) THEN
    ALTER TABLE "voltages" ALTER COLUMN "volt" SET START WITH -100 SET INCREMENT BY 5 SET MINVALUE -100 SET MAXVALUE 100 SET CACHE 1 RESTART;
  ELSE
    ALTER TABLE "voltages" ALTER COLUMN "volt" SET START WITH -100 SET INCREMENT BY 5 SET MINVALUE -100 SET MAXVALUE 100 SET CACHE 1;
  END IF;
END
$$;

-- Drop column voltages.down (its data is lost)
ALTER TABLE "voltages" DROP COLUMN "down";

-- Drop column voltages.low (its data is lost)
ALTER TABLE "voltages" DROP COLUMN "low";
