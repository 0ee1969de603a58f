-- Change type of shipment.status from varchar(255) to varchar(20) (values that do not fit fail or are changed)
ALTER TABLE "shipment" ALTER COLUMN "status" TYPE varchar(20);
