create table post (
    id bigint not null,
    author_id bigint,
    title varchar(255),
    primary key (id)
);
