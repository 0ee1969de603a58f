create table account (
    id bigint not null,
    balance int,
    primary key (id)
) engine=InnoDB;
create function fee(amount int) returns int deterministic return amount div 100;
create procedure old_reset() modifies sql data update account set balance = 0;
