-- Drop table region (its data is lost)
DROP TABLE "region";
