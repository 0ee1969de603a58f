-- Drop table city (its data is lost)
DROP TABLE "city";

-- Drop partition measurement_default of measurement (its rows are lost)
DROP TABLE "measurement_default";

-- Drop index measurement_peak of measurement
DROP INDEX "measurement_peak";

-- Drop column measurement.unit (its data is lost)
ALTER TABLE "measurement" DROP COLUMN "unit";

-- Detach partition measurement_2024 to change its bound (its rows stay)
ALTER TABLE "measurement" DETACH PARTITION "measurement_2024";

-- Attach partition measurement_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') (fails if a row is outside the bound)
ALTER TABLE "measurement" ATTACH PARTITION "measurement_2024" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- Remove comment of table measurement_2024
COMMENT ON TABLE "measurement_2024" IS NULL;

-- Create partition measurement_old of measurement
CREATE TABLE "measurement_old" PARTITION OF "measurement" FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
