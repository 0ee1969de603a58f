-- Drop column account.email (its data is lost)
ALTER TABLE "account" DROP COLUMN "email";

-- Drop domain email
DROP DOMAIN "email";

-- Drop function is_email(s text)
DROP FUNCTION "is_email"(s text);
