-- Drop index idx_member_email_lower of member
DROP INDEX "idx_member_email_lower";

-- Drop index idx_member_full_name of member
DROP INDEX "idx_member_full_name";
