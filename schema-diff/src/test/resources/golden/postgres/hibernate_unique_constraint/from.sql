create table app_user (
    id bigint not null,
    email varchar(255) not null,
    tenant varchar(50) not null,
    primary key (id)
);
