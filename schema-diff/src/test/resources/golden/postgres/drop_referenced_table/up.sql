-- Drop foreign key fk_post_author of post
ALTER TABLE "post" DROP CONSTRAINT "fk_post_author";

-- Drop table author (its data is lost)
DROP TABLE "author";
