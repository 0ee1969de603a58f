-- Drop check constraint shipment_status_check of shipment
ALTER TABLE "shipment" DROP CONSTRAINT "shipment_status_check";

-- Add check constraint shipment_status_check to shipment (fails on rows that violate it)
ALTER TABLE "shipment" ADD CONSTRAINT "shipment_status_check" CHECK (status >= 0 AND status <= 3);
