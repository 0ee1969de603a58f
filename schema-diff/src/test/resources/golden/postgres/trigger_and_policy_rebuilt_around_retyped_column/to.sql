create table orders (
    id bigint not null,
    amount bigint,
    owner_name varchar(50),
    primary key (id)
);
create function check_amount() returns trigger language plpgsql as $$
begin
    if new.amount < 0 then
        raise exception 'negative amount';
    end if;
    return new;
end;
$$;
create trigger orders_amount before insert or update of amount on orders
    for each row when (new.amount is not null) execute function check_amount();
create policy small_orders on orders for select to public using (amount < 1000);
create policy own_orders on orders as restrictive for all using (owner_name = current_user);
