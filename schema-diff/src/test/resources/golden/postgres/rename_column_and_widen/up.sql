-- Rename column customer.last_name to surname (keeps its data)
ALTER TABLE "customer" RENAME COLUMN "last_name" TO "surname";

-- Rename column customer.phone to phone_number (keeps its data)
ALTER TABLE "customer" RENAME COLUMN "phone" TO "phone_number";

-- Rename index customer_last_name_idx of customer to customer_surname_idx
ALTER INDEX "customer_last_name_idx" RENAME TO "customer_surname_idx";

-- Change type of customer.surname from varchar(50) to varchar(100)
ALTER TABLE "customer" ALTER COLUMN "surname" TYPE varchar(100);

-- Forbid nulls in customer.surname (fails if rows hold null)
ALTER TABLE "customer" ALTER COLUMN "surname" SET NOT NULL;

-- Change type of customer.phone_number from integer to bigint
ALTER TABLE "customer" ALTER COLUMN "phone_number" TYPE bigint;
