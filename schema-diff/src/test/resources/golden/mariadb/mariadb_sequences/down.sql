-- Change sequence a_seq (values already handed out stay)
ALTER SEQUENCE `a_seq` INCREMENT BY 50 NOCACHE;

-- Create sequence b_seq
CREATE SEQUENCE `b_seq` START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775806 CACHE 1000 NOCYCLE;

-- Drop sequence c_seq (its current value is lost)
DROP SEQUENCE `c_seq`;
