-- Change type of gadget.id from integer to bigint
ALTER TABLE "gadget" ALTER COLUMN "id" TYPE bigint;

-- Change type of widget.id from integer to bigint
ALTER TABLE "widget" ALTER COLUMN "id" TYPE bigint;

-- Alter sequence gadget_id_seq
ALTER SEQUENCE "gadget_id_seq" AS bigint MAXVALUE 9223372036854775807;
