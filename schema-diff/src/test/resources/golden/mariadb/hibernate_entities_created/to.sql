create sequence customer_seq start with 1 increment by 50 nocache;
create table customer (id bigint not null, external_id uuid, full_name varchar(100) not null, ordinal_status tinyint check ((ordinal_status between 0 and 1)), status enum ('ACTIVE','BLOCKED'), version integer not null, primary key (id)) engine=InnoDB;
create table customer_tags (customer_id bigint not null, tags varchar(255)) engine=InnoDB;
alter table if exists customer_tags add constraint UK5swka6oqljk0gbumgnahnyemx unique (customer_id, tags);
create table purchase (id bigint not null, customer_id bigint, amount decimal(38,2), created_at datetime(6), primary key (id)) engine=InnoDB;
alter table if exists customer_tags add constraint FKcustomertags foreign key (customer_id) references customer (id);
alter table if exists purchase add constraint FKpurchasecustomer foreign key (customer_id) references customer (id);
