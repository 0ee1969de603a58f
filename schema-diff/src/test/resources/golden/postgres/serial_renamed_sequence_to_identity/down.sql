-- Create sequence legacy_user_ids_new
CREATE SEQUENCE "legacy_user_ids_new" START WITH 1 INCREMENT BY 1;

-- Continue sequence legacy_user_ids from legacy_user.id's identity
SELECT setval('"legacy_user_ids_new"', coalesce(pg_sequence_last_value(seqrelid), seqstart), pg_sequence_last_value(seqrelid) IS NOT NULL) FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"legacy_user"', 'id')::regclass;

-- Stop generating legacy_user.id as identity (sequence legacy_user_ids continues from it)
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Rename sequence legacy_user_ids_new to legacy_user_ids
ALTER SEQUENCE "legacy_user_ids_new" RENAME TO "legacy_user_ids";

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('legacy_user_ids'::regclass);

-- Tie sequence legacy_user_ids to legacy_user.id
ALTER SEQUENCE "legacy_user_ids" OWNED BY "legacy_user"."id";
