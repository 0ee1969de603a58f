-- Create unique index idx_member_email_lower on member
CREATE UNIQUE INDEX "idx_member_email_lower" ON "member" (lower(email::text));

-- Create index idx_member_full_name on member
CREATE INDEX "idx_member_full_name" ON "member" (((first_name::text || ' '::text) || last_name::text), "id" DESC NULLS LAST);
