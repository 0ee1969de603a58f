create sequence order_seq start with 1 increment by 1;
