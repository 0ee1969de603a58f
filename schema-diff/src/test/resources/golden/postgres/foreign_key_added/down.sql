-- Drop foreign key fkjhg8d4fkl2kfk1o9c5d8e3a9u of post
ALTER TABLE "post" DROP CONSTRAINT "fkjhg8d4fkl2kfk1o9c5d8e3a9u";
