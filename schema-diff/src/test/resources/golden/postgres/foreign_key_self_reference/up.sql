-- Add column category.parent_id
ALTER TABLE "category" ADD COLUMN "parent_id" bigint;

-- Add foreign key fk_category_parent from category to category
ALTER TABLE "category" ADD CONSTRAINT "fk_category_parent" FOREIGN KEY ("parent_id") REFERENCES "category" ("id") ON DELETE SET NULL;
