-- every migration of this project writes a row here: exactly one row per version proves it ran once
CREATE TABLE apply_log (version BIGINT NOT NULL, backend_pid INT NOT NULL DEFAULT pg_backend_pid());
-- the test holds advisory lock 7341 until every process is inside the migrator, so the processes really overlap
SELECT pg_advisory_xact_lock(7341);
INSERT INTO apply_log (version) VALUES (1);
-- sequences ignore rollbacks: its value counts the attempts of migration 2
CREATE SEQUENCE attempts_of_2;
