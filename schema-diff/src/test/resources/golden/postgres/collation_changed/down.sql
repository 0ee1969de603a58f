-- Change collation of code_list.code to the default
ALTER TABLE "code_list" ALTER COLUMN "code" TYPE varchar(50);
