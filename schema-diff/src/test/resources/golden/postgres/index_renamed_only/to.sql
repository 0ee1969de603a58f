create table visit (
    id bigint not null,
    visited_at timestamp(6),
    primary key (id)
);
create index IDX_visit_time on visit (visited_at);
