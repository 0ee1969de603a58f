-- Drop check constraint a_a_id_check of a
ALTER TABLE "a" DROP CONSTRAINT "a_a_id_check";

-- Drop check constraint a_flag_check of a
ALTER TABLE "a" DROP CONSTRAINT "a_flag_check";

-- Add check constraint a_a_id_check to a (fails on rows that violate it)
ALTER TABLE "a" ADD CONSTRAINT "a_a_id_check" CHECK (a_id > 3) NO INHERIT;

-- Add check constraint a_flag_check to a (fails on rows that violate it)
ALTER TABLE "a" ADD CONSTRAINT "a_flag_check" CHECK (flag >= 0) NO INHERIT;

-- Add check constraint a_my_text_check to a (fails on rows that violate it)
ALTER TABLE "a" ADD CONSTRAINT "a_my_text_check" CHECK (length(my_text) > 0) NO INHERIT;
