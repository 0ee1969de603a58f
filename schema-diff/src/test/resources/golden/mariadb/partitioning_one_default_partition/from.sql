create table sessions (id bigint not null, user_id bigint not null, primary key (id, user_id));
create table logs (id bigint not null, log_date date not null, primary key (id, log_date))
    partition by linear key (log_date);
