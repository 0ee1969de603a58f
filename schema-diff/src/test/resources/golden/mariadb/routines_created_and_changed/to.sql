create table account (
    id bigint not null,
    balance int,
    primary key (id)
) engine=InnoDB;
create function fee(amount int) returns int deterministic comment 'One percent, rounded down' return amount div 100 + 1;
create view account_fees as select id, fee(balance) as fee from account;
delimiter //
create procedure reset_balance(in account_id bigint, out previous int)
    modifies sql data
    sql security invoker
begin
    select balance into previous from account where id = account_id;
    update account set balance = 0 where id = account_id;
end//
delimiter ;
