-- Drop foreign key fk_post_author of post
ALTER TABLE "post" DROP CONSTRAINT "fk_post_author";

-- Add foreign key fk_post_author from post to author
ALTER TABLE "post" ADD CONSTRAINT "fk_post_author" FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE CASCADE ON UPDATE RESTRICT;
