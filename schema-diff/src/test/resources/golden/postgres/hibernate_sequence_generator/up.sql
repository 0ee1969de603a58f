-- Create sequence customer_seq
CREATE SEQUENCE "customer_seq" START WITH 1 INCREMENT BY 50;

-- Create table customer
CREATE TABLE "customer" (
  "id" bigint NOT NULL,
  "email" varchar(255) NOT NULL,
  "name" varchar(255),
  CONSTRAINT "customer_pkey" PRIMARY KEY ("id")
);
