create table setting (
    id bigint not null,
    kind varchar(20) default 'advanced',
    retries integer,
    created_at timestamp(6) default current_timestamp,
    primary key (id)
);
