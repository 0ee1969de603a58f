create sequence kept_seq start with 1 increment by 50;
