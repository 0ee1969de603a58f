create table customer_tags (customer_id bigint not null, tags varchar(255), other varchar(20)) engine=InnoDB;
alter table customer_tags add constraint uk_other unique (other);
