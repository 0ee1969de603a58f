-- Move sequence legacy_user_id_seq on to legacy_user.id's identity value if it is behind
SELECT setval('"legacy_user_id_seq"', i.last_value, i.is_called) FROM (SELECT coalesce(pg_sequence_last_value(seqrelid), seqstart) AS last_value, pg_sequence_last_value(seqrelid) IS NOT NULL AS is_called FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"legacy_user"', 'id')::regclass) i, "legacy_user_id_seq" k WHERE (i.last_value, i.is_called) > (k.last_value, k.is_called);

-- Stop generating legacy_user.id as identity
ALTER TABLE "legacy_user" ALTER COLUMN "id" DROP IDENTITY;

-- Set default of legacy_user.id
ALTER TABLE "legacy_user" ALTER COLUMN "id" SET DEFAULT nextval('legacy_user_id_seq'::regclass);

-- Alter sequence legacy_user_id_seq
ALTER SEQUENCE "legacy_user_id_seq" AS integer MAXVALUE 2147483647 START WITH 1 OWNED BY "legacy_user"."id";
