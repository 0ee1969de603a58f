create table visit (
    id bigint not null,
    visited_at timestamp(6),
    primary key (id)
);
create index visit_visited_at_idx on visit (visited_at);
comment on index visit_visited_at_idx is 'visits by time';
