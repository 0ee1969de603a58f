-- Rename table old_users to users (keeps its rows)
ALTER TABLE "old_users" RENAME TO "users";

-- Rename column users.OldName to NewName (keeps its data)
ALTER TABLE "users" RENAME COLUMN "OldName" TO "NewName";

-- Rename column users.special.column to special_column (keeps its data)
ALTER TABLE "users" RENAME COLUMN "special.column" TO "special_column";

-- Rename column users.username to user_name (keeps its data)
ALTER TABLE "users" RENAME COLUMN "username" TO "user_name";

-- Rename constraint old_users_pkey of users to users_pkey
ALTER TABLE "users" RENAME CONSTRAINT "old_users_pkey" TO "users_pkey";

-- Rename index idx_username of users to username_idx
ALTER INDEX "idx_username" RENAME TO "username_idx";

-- Change type of users.special_column from varchar(20) to varchar(40)
ALTER TABLE "users" ALTER COLUMN "special_column" TYPE varchar(40);
