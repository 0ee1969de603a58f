create type address as (street text, city varchar(40));
create type old_pair as (a integer, b integer);
create type spare as (a integer, b varchar(5));
create table customer (id bigint primary key, home address);
