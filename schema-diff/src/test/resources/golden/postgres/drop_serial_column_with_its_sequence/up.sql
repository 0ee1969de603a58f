-- Drop column voucher.number (its data is lost)
ALTER TABLE "voucher" DROP COLUMN "number";
