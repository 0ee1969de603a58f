-- Rename column customer.phone_number to phone (keeps its data)
ALTER TABLE "customer" RENAME COLUMN "phone_number" TO "phone";

-- Rename column customer.surname to last_name (keeps its data)
ALTER TABLE "customer" RENAME COLUMN "surname" TO "last_name";

-- Rename index customer_surname_idx of customer to customer_last_name_idx
ALTER INDEX "customer_surname_idx" RENAME TO "customer_last_name_idx";

-- Change type of customer.last_name from varchar(100) to varchar(50) (values that do not fit fail or are changed)
ALTER TABLE "customer" ALTER COLUMN "last_name" TYPE varchar(50);

-- Allow nulls in customer.last_name
ALTER TABLE "customer" ALTER COLUMN "last_name" DROP NOT NULL;

-- Change type of customer.phone from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "customer" ALTER COLUMN "phone" TYPE integer;
