-- Change collation of code_list.code to C
ALTER TABLE "code_list" ALTER COLUMN "code" TYPE varchar(50) COLLATE "C";
