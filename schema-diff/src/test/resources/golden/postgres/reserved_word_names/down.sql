-- Drop table select (its data is lost)
DROP TABLE "select";

-- Drop column user.order (its data is lost)
ALTER TABLE "user" DROP COLUMN "order";

-- Drop column user.group (its data is lost)
ALTER TABLE "user" DROP COLUMN "group";

-- Drop column user.check (its data is lost)
ALTER TABLE "user" DROP COLUMN "check";
