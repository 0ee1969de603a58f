create sequence library_item_seq start with 1 increment by 50 nocache;
create table library_item (id bigint not null, title varchar(255), primary key (id)) engine=InnoDB;
create table loan (id bigint not null, item_id bigint, primary key (id)) engine=InnoDB;
create index library_item_title_idx on library_item (title);
alter table loan add constraint FKq4f2ufpb7fenyx5d4rasyq6lx foreign key (item_id) references library_item (id);
