create table archive (
    id bigint not null,
    title varchar(100),
    body text,
    primary key (id)
) engine=InnoDB row_format=compressed key_block_size=8;
create table item (
    id bigint not null,
    code varchar(20),
    name varchar(50),
    primary key (id) comment 'item id from the catalogue',
    key ix_code (code) ignored,
    key ix_name (name)
) engine=InnoDB row_format=dynamic;
create table ledger (
    id bigint not null,
    entry varchar(40),
    primary key (id) comment 'entry number',
    unique key uk_entry (entry) ignored
) engine=InnoDB row_format=compact;
