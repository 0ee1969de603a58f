create table customer (id bigint not null, ordinal_status smallint not null default 0 check ((ordinal_status between 0 and 1)), primary key (id)) engine=InnoDB;
