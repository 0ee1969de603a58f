-- Stop generating product.id as identity
ALTER TABLE "product" ALTER COLUMN "id" DROP IDENTITY;
