-- Add column line_item.total
ALTER TABLE "line_item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;
