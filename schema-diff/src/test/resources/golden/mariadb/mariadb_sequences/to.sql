create sequence a_seq start with 1 increment by 10 cache 100;
create sequence c_seq start with 100 increment by 1 minvalue 100 maxvalue 999 cycle nocache;
