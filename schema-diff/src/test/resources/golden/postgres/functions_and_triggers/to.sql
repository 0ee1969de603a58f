create table account (
    id bigint not null,
    balance integer,
    updated_at timestamp,
    primary key (id)
);
create function add_one(x integer) returns integer language sql immutable as 'select x + 2';
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;
comment on function touch() is 'Sets updated_at';
create procedure reset_balance(account_id bigint) language sql as $$ update account set balance = 0 where id = account_id $$;
create trigger account_touch before update on account for each row execute function touch();
create trigger account_touch_disabled before insert on account for each row execute function touch();
alter table account disable trigger account_touch_disabled;
