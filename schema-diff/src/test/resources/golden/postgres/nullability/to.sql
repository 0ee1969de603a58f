create table account (
    id bigint not null,
    login varchar(100) not null,
    nickname varchar(100),
    primary key (id)
);
