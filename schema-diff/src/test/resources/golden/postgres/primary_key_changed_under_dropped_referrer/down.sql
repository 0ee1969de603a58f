-- Drop primary key users_pkey of users
ALTER TABLE "users" DROP CONSTRAINT "users_pkey";

-- Create table taggings
CREATE TABLE "taggings" (
  "user_id" integer NOT NULL,
  "tag" text NOT NULL
);

-- Drop column users.user_id (its data is lost)
ALTER TABLE "users" DROP COLUMN "user_id";

-- Drop column users.name (its data is lost)
ALTER TABLE "users" DROP COLUMN "name";

-- Add column users.id (fails if the table has rows: NOT NULL without default)
ALTER TABLE "users" ADD COLUMN "id" integer NOT NULL;

-- Add primary key to users (fails on duplicates or nulls)
ALTER TABLE "users" ADD CONSTRAINT "users_pkey" PRIMARY KEY ("id");

-- Add foreign key taggings_user_id_fkey from taggings to users
ALTER TABLE "taggings" ADD CONSTRAINT "taggings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id");
