-- Forbid nulls in account.login (fails if rows hold null)
ALTER TABLE "account" ALTER COLUMN "login" SET NOT NULL;

-- Allow nulls in account.nickname
ALTER TABLE "account" ALTER COLUMN "nickname" DROP NOT NULL;
