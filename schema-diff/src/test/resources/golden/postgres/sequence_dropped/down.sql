-- Create sequence legacy_seq
CREATE SEQUENCE "legacy_seq" START WITH 1 INCREMENT BY 50;
