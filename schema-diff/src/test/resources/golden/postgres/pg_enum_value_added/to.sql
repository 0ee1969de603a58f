create type order_status as enum ('NEW', 'PAID', 'SHIPPED');
create table purchase (
    id bigint not null,
    status order_status default 'NEW',
    history order_status[],
    primary key (id)
);
