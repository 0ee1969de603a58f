-- Create sequence ids.legacy_user_id_seq_new
CREATE SEQUENCE "ids"."legacy_user_id_seq_new" AS integer START WITH 1 INCREMENT BY 1;

-- Continue sequence ids.legacy_user_id_seq from legacy_user.id's identity
SELECT setval('"ids"."legacy_user_id_seq_new"', coalesce(pg_sequence_last_value(seqrelid), seqstart), pg_sequence_last_value(seqrelid) IS NOT NULL) FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"legacy_user"', 'id')::regclass;

-- Stop generating legacy_user.id as identity (sequence ids.legacy_user_id_seq continues from it)
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Rename sequence ids.legacy_user_id_seq_new to legacy_user_id_seq
ALTER SEQUENCE "ids"."legacy_user_id_seq_new" RENAME TO "legacy_user_id_seq";

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('ids.legacy_user_id_seq'::regclass);
