create table article (
    id bigint not null,
    name text,
    body jsonb,
    score integer,
    primary key (id)
);
create index idx_article_body on article using gin (body jsonb_path_ops);
create index idx_article_name on article (name collate "C" desc nulls last);
create index idx_article_name_prefix on article (lower(name) text_pattern_ops);
create index idx_article_score on article (score) include (name) with (fillfactor = 70);
create index idx_article_score_recent on article (score desc) where score > 0;
comment on index idx_article_score_recent is 'recent scores';
comment on index idx_article_name is 'names in C order';
