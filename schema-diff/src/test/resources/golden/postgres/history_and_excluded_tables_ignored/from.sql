create table migration_history (
    version varchar(50) not null primary key,
    name varchar(255)
);
create table migration_history_log (
    id bigserial primary key,
    version varchar(50)
);
create table kept (
    id bigint not null,
    primary key (id)
);
