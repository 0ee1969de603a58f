-- Alter sequence order_seq
ALTER SEQUENCE "order_seq" INCREMENT BY 1 CACHE 1;
