-- Change type of gadget.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "gadget" ALTER COLUMN "id" TYPE integer;

-- Change type of widget.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "widget" ALTER COLUMN "id" TYPE integer;

-- Alter sequence gadget_id_seq
ALTER SEQUENCE "gadget_id_seq" AS integer MAXVALUE 2147483647;
