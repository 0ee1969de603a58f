-- Drop table ticket (its data is lost)
DROP TABLE "ticket";
