create table author (
    id bigint not null,
    name varchar(255),
    primary key (id)
);
create table post (
    id bigint not null,
    author_id bigint,
    title varchar(255),
    primary key (id)
);
