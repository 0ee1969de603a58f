-- Drop cast "visit_mood" AS character varying
DROP CAST ("visit_mood" AS character varying);

-- Add value OK to enum type visit_mood
ALTER TYPE "visit_mood" ADD VALUE 'OK' AFTER 'HAPPY';

-- Create cast "visit_mood" AS character varying
CREATE CAST ("visit_mood" AS character varying) WITH INOUT AS IMPLICIT;
