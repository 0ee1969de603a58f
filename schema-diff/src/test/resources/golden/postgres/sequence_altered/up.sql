-- Alter sequence order_seq
ALTER SEQUENCE "order_seq" INCREMENT BY 50 CACHE 10;
