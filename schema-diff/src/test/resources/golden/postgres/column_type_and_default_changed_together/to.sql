create table job (
    id bigint not null,
    state varchar(20) default 'idle' not null,
    attempts integer default 0 not null,
    primary key (id)
);
