create table account (
    id bigint not null,
    login varchar(100),
    nickname varchar(100) not null,
    primary key (id)
);
