SELECT 1; -- forgot to drop the index
