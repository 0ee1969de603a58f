-- Add foreign key fkjhg8d4fkl2kfk1o9c5d8e3a9u from post to author
ALTER TABLE "post" ADD CONSTRAINT "fkjhg8d4fkl2kfk1o9c5d8e3a9u" FOREIGN KEY ("author_id") REFERENCES "author" ("id");
