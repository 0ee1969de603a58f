-- Drop foreign key child_parent of child
ALTER TABLE "child" DROP CONSTRAINT "child_parent";

-- Drop table queue (its data is lost)
DROP TABLE "queue";

-- Drop primary key slot_pkey of slot
ALTER TABLE "slot" DROP CONSTRAINT "slot_pkey";

-- Add primary key to slot (fails on duplicates or nulls)
ALTER TABLE "slot" ADD CONSTRAINT "slot_pkey" PRIMARY KEY ("id");

-- Add foreign key child_parent from child to parent
ALTER TABLE "child" ADD CONSTRAINT "child_parent" FOREIGN KEY ("a", "b") REFERENCES "parent" ("a", "b");
