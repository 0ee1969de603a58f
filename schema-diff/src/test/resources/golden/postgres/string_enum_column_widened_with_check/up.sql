-- Change type of shipment.status from varchar(20) to varchar(255)
ALTER TABLE "shipment" ALTER COLUMN "status" TYPE varchar(255);
