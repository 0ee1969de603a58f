-- Create sequence legacy_user_id_seq1_new
CREATE SEQUENCE "legacy_user_id_seq1_new" AS integer START WITH 1 INCREMENT BY 1;

-- Continue sequence legacy_user_id_seq1 from legacy_user.id's identity
SELECT setval('"legacy_user_id_seq1_new"', coalesce(pg_sequence_last_value(seqrelid), seqstart), pg_sequence_last_value(seqrelid) IS NOT NULL) FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"legacy_user"', 'id')::regclass;

-- Stop generating legacy_user.id as identity (sequence legacy_user_id_seq1 continues from it)
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Rename sequence legacy_user_id_seq1_new to legacy_user_id_seq1
ALTER SEQUENCE "legacy_user_id_seq1_new" RENAME TO "legacy_user_id_seq1";

-- Create sequence legacy_user_id_seq
CREATE SEQUENCE "legacy_user_id_seq" START WITH 1000 INCREMENT BY 1;

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('legacy_user_id_seq1'::regclass);

-- Tie sequence legacy_user_id_seq1 to legacy_user.id
ALTER SEQUENCE "legacy_user_id_seq1" OWNED BY "legacy_user"."id";
