create table setting (
    id bigint not null,
    kind varchar(20) default 'basic',
    retries integer default 3,
    created_at timestamp(6),
    primary key (id)
);
