-- Drop table taggings (its data is lost)
DROP TABLE "taggings";

-- Drop primary key users_pkey of users
ALTER TABLE "users" DROP CONSTRAINT "users_pkey";

-- Drop column users.id (its data is lost)
ALTER TABLE "users" DROP COLUMN "id";

-- Add column users.user_id (fails if the table has rows: NOT NULL without default)
ALTER TABLE "users" ADD COLUMN "user_id" integer NOT NULL;

-- Add column users.name
ALTER TABLE "users" ADD COLUMN "name" text;

-- Add primary key to users (fails on duplicates or nulls)
ALTER TABLE "users" ADD CONSTRAINT "users_pkey" PRIMARY KEY ("user_id");
