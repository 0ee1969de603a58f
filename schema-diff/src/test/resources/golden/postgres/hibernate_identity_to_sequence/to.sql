create sequence item_seq start with 1 increment by 50;
create table item (
    id bigint not null,
    label varchar(255),
    primary key (id)
);
