create table archive (
    id bigint not null,
    title varchar(100),
    body text,
    primary key (id)
) engine=InnoDB;
create table item (
    id bigint not null,
    code varchar(20),
    name varchar(50),
    primary key (id) comment 'surrogate key',
    key ix_code (code),
    key ix_name (name) ignored
) engine=InnoDB;
