-- Create table author
CREATE TABLE "author" (
  "id" bigint NOT NULL,
  "name" varchar(255),
  CONSTRAINT "author_pkey" PRIMARY KEY ("id")
);

-- Add foreign key fk_post_author from post to author
ALTER TABLE "post" ADD CONSTRAINT "fk_post_author" FOREIGN KEY ("author_id") REFERENCES "author" ("id");
