-- Drop check constraint shipment_carrier_check of shipment
ALTER TABLE "shipment" DROP CONSTRAINT "shipment_carrier_check";

-- Add check constraint shipment_carrier_check to shipment (fails on rows that violate it)
ALTER TABLE "shipment" ADD CONSTRAINT "shipment_carrier_check" CHECK (carrier IN ('DHL', 'UPS'));
