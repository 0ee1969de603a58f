-- Change type of payload.quantity from integer to varchar(20) (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "quantity" TYPE varchar(20);

-- Change type of payload.document from jsonb to text (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "document" TYPE text;

-- Change type of payload.external_id from uuid to varchar(36) (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "external_id" TYPE varchar(36);

-- Change type of payload.flag from boolean to integer (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "flag" TYPE integer USING "flag"::integer;
