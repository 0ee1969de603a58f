create table customer (id bigint not null, ordinal_status tinyint check ((ordinal_status between 0 and 1)), primary key (id)) engine=InnoDB;
