create table account (
    id bigint not null,
    balance integer,
    primary key (id)
);
create function with_fee(x integer) returns integer language sql immutable as 'select x + 1';
comment on function with_fee(integer) is 'Balance with the fee';
create view account_fees as select id, with_fee(balance) as total from account;
