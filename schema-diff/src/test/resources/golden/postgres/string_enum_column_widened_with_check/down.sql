-- Drop check constraint shipment_status_check of shipment
ALTER TABLE "shipment" DROP CONSTRAINT "shipment_status_check";

-- Change type of shipment.status from varchar(255) to varchar(20) (values that do not fit fail or are changed)
ALTER TABLE "shipment" ALTER COLUMN "status" TYPE varchar(20);

-- Add check constraint shipment_status_check to shipment (fails on rows that violate it)
ALTER TABLE "shipment" ADD CONSTRAINT "shipment_status_check" CHECK (status IN ('NEW', 'SENT'));
