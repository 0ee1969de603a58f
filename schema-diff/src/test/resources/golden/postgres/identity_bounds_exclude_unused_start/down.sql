-- Change identity generation of voltages.volt (restarts its sequence at START -200 where nothing was generated yet or its current value lies behind the new MINVALUE)
DO $$
BEGIN
  IF coalesce(pg_sequence_last_value(pg_get_serial_sequence('"voltages"', 'volt')::regclass) < -200, true) THEN
    ALTER TABLE "voltages" ALTER COLUMN "volt" SET START WITH -200 SET INCREMENT BY 10 SET MINVALUE -200 SET MAXVALUE 200 RESTART;
  ELSE
    ALTER TABLE "voltages" ALTER COLUMN "volt" SET START WITH -200 SET INCREMENT BY 10 SET MINVALUE -200 SET MAXVALUE 200;
  END IF;
END
$$;
