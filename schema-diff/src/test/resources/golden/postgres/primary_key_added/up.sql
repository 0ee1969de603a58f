-- Add primary key to tag (fails on duplicates or nulls)
ALTER TABLE "tag" ADD CONSTRAINT "tag_pkey" PRIMARY KEY ("id");
