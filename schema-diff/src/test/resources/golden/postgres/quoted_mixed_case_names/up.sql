-- Create sequence Order_SEQ
CREATE SEQUENCE "Order_SEQ" START WITH 1 INCREMENT BY 50;

-- Create table Order
CREATE TABLE "Order" (
  "Id" bigint NOT NULL,
  "CustomerName" varchar(255),
  "with space" integer,
  CONSTRAINT "Order_pkey" PRIMARY KEY ("Id")
);

-- Create index IX_Order_Customer on Order
CREATE INDEX "IX_Order_Customer" ON "Order" ("CustomerName");
