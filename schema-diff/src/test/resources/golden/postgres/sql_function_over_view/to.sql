create table account (
    id bigint not null,
    balance integer,
    primary key (id)
);
create view z_rich_accounts as select id, balance from account where balance > 1000;
create function a_rich_count() returns bigint language sql stable as $$ select count(*) from z_rich_accounts $$;
