create table article (
    id bigint not null,
    name text,
    body jsonb,
    score integer,
    primary key (id)
);
create index idx_article_body on article using gin (body);
create index idx_article_name on article (name);
create index idx_article_score on article (score);
comment on index idx_article_score is 'old comment';
