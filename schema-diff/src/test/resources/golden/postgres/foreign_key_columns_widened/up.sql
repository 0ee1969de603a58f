-- Change type of child.id from integer to bigint
ALTER TABLE "child" ALTER COLUMN "id" TYPE bigint;

-- Change type of child.parent_id from integer to bigint
ALTER TABLE "child" ALTER COLUMN "parent_id" TYPE bigint;

-- Change type of parent.id from integer to bigint
ALTER TABLE "parent" ALTER COLUMN "id" TYPE bigint;
