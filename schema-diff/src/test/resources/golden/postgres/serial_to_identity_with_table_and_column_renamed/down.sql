-- Rename table app_user to legacy_user (keeps its rows)
ALTER TABLE "app_user" RENAME TO "legacy_user";

-- Rename column legacy_user.user_id to id (keeps its data)
ALTER TABLE "legacy_user" RENAME COLUMN "user_id" TO "id";

-- Rename constraint app_user_pkey of legacy_user to legacy_user_pkey
ALTER TABLE "legacy_user" RENAME CONSTRAINT "app_user_pkey" TO "legacy_user_pkey";

-- Create sequence legacy_user_id_seq_new
CREATE SEQUENCE "legacy_user_id_seq_new" AS integer START WITH 1 INCREMENT BY 1;

-- Continue sequence legacy_user_id_seq from legacy_user.id's identity
SELECT setval('"legacy_user_id_seq_new"', coalesce(pg_sequence_last_value(seqrelid), seqstart), pg_sequence_last_value(seqrelid) IS NOT NULL) FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"legacy_user"', 'id')::regclass;

-- Stop generating legacy_user.id as identity (sequence legacy_user_id_seq continues from it)
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Rename sequence legacy_user_id_seq_new to legacy_user_id_seq
ALTER SEQUENCE "legacy_user_id_seq_new" RENAME TO "legacy_user_id_seq";

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('legacy_user_id_seq'::regclass);

-- Tie sequence legacy_user_id_seq to legacy_user.id
ALTER SEQUENCE "legacy_user_id_seq" OWNED BY "legacy_user"."id";
