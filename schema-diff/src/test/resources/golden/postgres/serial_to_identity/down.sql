-- Create sequence legacy_user_id_seq
CREATE SEQUENCE "legacy_user_id_seq" AS integer START WITH 1 INCREMENT BY 1;

-- Stop generating legacy_user.id as identity
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('legacy_user_id_seq'::regclass);

-- Tie sequence legacy_user_id_seq to legacy_user.id
ALTER SEQUENCE "legacy_user_id_seq" OWNED BY "legacy_user"."id";
