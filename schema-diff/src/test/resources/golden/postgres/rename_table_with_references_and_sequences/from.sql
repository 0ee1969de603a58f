create sequence library_item_seq start with 1 increment by 50;
create table library_item (id bigint not null, legacy_no serial, title varchar(255), primary key (id));
create table loan (id bigint not null, item_id bigint, primary key (id));
create index library_item_title_idx on library_item (title);
alter table if exists loan add constraint FKq4f2ufpb7fenyx5d4rasyq6lx foreign key (item_id) references library_item;
