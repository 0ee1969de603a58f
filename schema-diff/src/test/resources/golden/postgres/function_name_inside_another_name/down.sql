-- Drop function is_email(s text)
DROP FUNCTION "is_email"(s text);

-- Drop table handle (its data is lost)
DROP TABLE "handle";

-- Drop function not_is_email(s text)
DROP FUNCTION "not_is_email"(s text);
