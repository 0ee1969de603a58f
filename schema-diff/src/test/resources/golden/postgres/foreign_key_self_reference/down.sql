-- Drop foreign key fk_category_parent of category
ALTER TABLE "category" DROP CONSTRAINT "fk_category_parent";

-- Drop column category.parent_id (its data is lost)
ALTER TABLE "category" DROP COLUMN "parent_id";
