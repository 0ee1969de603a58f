create table member (
    id bigint not null,
    email varchar(255) not null,
    first_name varchar(100),
    last_name varchar(100),
    primary key (id)
);
