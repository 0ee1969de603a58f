-- Run as the sandbox's superuser: a deployer role that must give its password over TCP, and a schema it owns.
CREATE ROLE deployer LOGIN PASSWORD 'Depl0yer-s3cret';
CREATE SCHEMA app AUTHORIZATION deployer;
-- The sandbox trusts every local connection; require a password from the deployer only.
DO $$
BEGIN
    EXECUTE format('COPY (SELECT line FROM (VALUES'
        || ' (1, ''host all deployer 127.0.0.1/32 scram-sha-256''),'
        || ' (2, ''host all deployer ::1/128 scram-sha-256''),'
        || ' (3, ''local all all trust''),'
        || ' (4, ''host all all 127.0.0.1/32 trust''),'
        || ' (5, ''host all all ::1/128 trust'')) AS hba(n, line) ORDER BY n) TO %L',
        current_setting('hba_file'));
END
$$;
SELECT pg_reload_conf();
