-- Drop partition measurement_old of measurement (its rows are lost)
DROP TABLE "measurement_old";

-- Create table city
CREATE TABLE "city" (
  "id" bigint NOT NULL,
  "region" text NOT NULL,
  "name" text
) PARTITION BY LIST (region);

-- Add column measurement.unit
ALTER TABLE "measurement" ADD COLUMN "unit" text;

-- Detach partition measurement_2024 to change its bound (its rows stay)
ALTER TABLE "measurement" DETACH PARTITION "measurement_2024";

-- Attach partition measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01') (fails if a row is outside the bound)
ALTER TABLE "measurement" ATTACH PARTITION "measurement_2024" FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');

-- Comment table measurement_2024
COMMENT ON TABLE "measurement_2024" IS 'Current period';

-- Create partition city_eu of city
CREATE TABLE "city_eu" PARTITION OF "city" FOR VALUES IN ('eu', 'uk') PARTITION BY HASH (id);

-- Create partition city_other of city
CREATE TABLE "city_other" PARTITION OF "city" DEFAULT;

-- Create partition measurement_default of measurement
CREATE TABLE "measurement_default" PARTITION OF "measurement" DEFAULT;

-- Create partition city_eu_0 of city_eu
CREATE TABLE "city_eu_0" PARTITION OF "city_eu" FOR VALUES WITH (modulus 2, remainder 0);

-- Create partition city_eu_1 of city_eu
CREATE TABLE "city_eu_1" PARTITION OF "city_eu" FOR VALUES WITH (modulus 2, remainder 1);

-- Create index measurement_peak on measurement
CREATE INDEX "measurement_peak" ON "measurement" ("peak");
