create table other (
    id bigint not null,
    primary key (id)
);
create function generate_item_id() returns text as $$ begin return 'item_' || md5(random()::text); end; $$ language plpgsql volatile;
create function positive(x integer) returns boolean language plpgsql immutable as $$ begin return x > 0; end; $$;
create table items (
    id bigint not null,
    external_id text not null default generate_item_id(),
    quantity integer check (positive(quantity)),
    primary key (id)
);
