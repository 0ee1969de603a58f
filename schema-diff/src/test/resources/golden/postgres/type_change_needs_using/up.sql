-- Change type of payload.quantity from varchar(20) to integer (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "quantity" TYPE integer USING "quantity"::integer;

-- Change type of payload.document from text to jsonb (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "document" TYPE jsonb USING "document"::jsonb;

-- Change type of payload.external_id from varchar(36) to uuid (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "external_id" TYPE uuid USING "external_id"::uuid;

-- Change type of payload.flag from integer to boolean (values that do not fit fail or are changed)
ALTER TABLE "payload" ALTER COLUMN "flag" TYPE boolean USING "flag"::boolean;
