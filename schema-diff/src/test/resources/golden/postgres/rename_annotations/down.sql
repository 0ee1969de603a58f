-- Rename table users to old_users (keeps its rows)
ALTER TABLE "users" RENAME TO "old_users";

-- Rename column old_users.NewName to OldName (keeps its data)
ALTER TABLE "old_users" RENAME COLUMN "NewName" TO "OldName";

-- Rename column old_users.special_column to special.column (keeps its data)
ALTER TABLE "old_users" RENAME COLUMN "special_column" TO "special.column";

-- Rename column old_users.user_name to username (keeps its data)
ALTER TABLE "old_users" RENAME COLUMN "user_name" TO "username";

-- Rename constraint users_pkey of old_users to old_users_pkey
ALTER TABLE "old_users" RENAME CONSTRAINT "users_pkey" TO "old_users_pkey";

-- Rename index username_idx of old_users to idx_username
ALTER INDEX "username_idx" RENAME TO "idx_username";

-- Change type of old_users.special.column from varchar(40) to varchar(20) (values that do not fit fail or are changed)
ALTER TABLE "old_users" ALTER COLUMN "special.column" TYPE varchar(20);
