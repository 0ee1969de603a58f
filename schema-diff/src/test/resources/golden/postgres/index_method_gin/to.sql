create table document (
    id bigint not null,
    attributes jsonb,
    tags text[],
    primary key (id)
);
create index idx_document_attributes on document using gin (attributes);
create index idx_document_tags on document using gin (tags);
