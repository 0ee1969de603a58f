-- Change sequence a_seq (values already handed out stay)
ALTER SEQUENCE `a_seq` INCREMENT BY 10 CACHE 100;

-- Create sequence c_seq
CREATE SEQUENCE `c_seq` START WITH 100 INCREMENT BY 1 MINVALUE 100 MAXVALUE 999 NOCACHE CYCLE;

-- Drop sequence b_seq (its current value is lost)
DROP SEQUENCE `b_seq`;
