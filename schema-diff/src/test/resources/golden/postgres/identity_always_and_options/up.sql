-- Change identity generation of event_log.id
ALTER TABLE "event_log" ALTER COLUMN "id" SET GENERATED ALWAYS SET START WITH 100 SET INCREMENT BY 10;
