-- Create sequence item_seq
CREATE SEQUENCE "item_seq" START WITH 1 INCREMENT BY 50;

-- Stop generating item.id as identity
ALTER TABLE "item" ALTER COLUMN "id" DROP IDENTITY;
