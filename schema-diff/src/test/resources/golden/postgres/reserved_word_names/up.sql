-- Create table select
CREATE TABLE "select" (
  "id" bigint NOT NULL,
  "user" bigint,
  "from" date,
  CONSTRAINT "select_pkey" PRIMARY KEY ("id")
);

-- Add column user.order
ALTER TABLE "user" ADD COLUMN "order" integer;

-- Add column user.group
ALTER TABLE "user" ADD COLUMN "group" varchar(50);

-- Add column user.check
ALTER TABLE "user" ADD COLUMN "check" boolean;

-- Create index default on select
CREATE INDEX "default" ON "select" ("from");

-- Add foreign key FK_select_user from select to user
ALTER TABLE "select" ADD CONSTRAINT "FK_select_user" FOREIGN KEY ("user") REFERENCES "user" ("id");
