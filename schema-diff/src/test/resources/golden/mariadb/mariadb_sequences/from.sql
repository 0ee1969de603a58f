create sequence a_seq start with 1 increment by 50 nocache;
create sequence b_seq start with 1 increment by 1;
