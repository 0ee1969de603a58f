create sequence customer_seq start with 1 increment by 50;
create table customer (
    id bigint not null,
    email varchar(255) not null,
    name varchar(255),
    primary key (id)
);
