-- Drop column line_item.total (its data is lost)
ALTER TABLE "line_item" DROP COLUMN "total";
