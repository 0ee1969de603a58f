create table job (
    id bigint not null,
    state varchar(20) default 'idle',
    attempts varchar(10) default '0',
    primary key (id)
);
