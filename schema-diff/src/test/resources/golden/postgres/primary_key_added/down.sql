-- Drop primary key tag_pkey of tag
ALTER TABLE "tag" DROP CONSTRAINT "tag_pkey";
