-- Allow nulls in account.login
ALTER TABLE "account" ALTER COLUMN "login" DROP NOT NULL;

-- Forbid nulls in account.nickname (fails if rows hold null)
ALTER TABLE "account" ALTER COLUMN "nickname" SET NOT NULL;
