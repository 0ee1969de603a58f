-- Create table region
CREATE TABLE "region" (
  "code" char(2) NOT NULL,
  "name" varchar(100) NOT NULL,
  CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- Comment table region
COMMENT ON TABLE "region" IS 'ISO regions';

-- Comment column region.code
COMMENT ON COLUMN "region"."code" IS 'ISO 3166 code';
