create table customer (id bigint not null, full_name varchar(200) not null, email varchar(255), status enum ('ACTIVE','BLOCKED','DELETED'), created_at datetime(6), version integer not null, primary key (id)) engine=InnoDB;
create table customer_tags (customer_id bigint not null, tags varchar(255)) engine=InnoDB;
alter table if exists customer add constraint UKemail unique (email);
alter table if exists customer_tags add constraint UK5swka6oqljk0gbumgnahnyemx unique (customer_id, tags);
alter table if exists customer_tags add constraint FKtags foreign key (customer_id) references customer (id);
