-- Change type of child.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "child" ALTER COLUMN "id" TYPE integer;

-- Change type of child.parent_id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "child" ALTER COLUMN "parent_id" TYPE integer;

-- Change type of parent.id from bigint to integer (values that do not fit fail or are changed)
ALTER TABLE "parent" ALTER COLUMN "id" TYPE integer;
