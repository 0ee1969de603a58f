create table customer_tags (customer_id bigint not null, tags varchar(255), other varchar(20)) engine=InnoDB;
alter table if exists customer_tags add constraint UK5swka6oqljk0gbumgnahnyemx unique (customer_id, tags);
