create table document (
    id bigint not null,
    code text,
    tenant integer,
    body tsvector,
    score integer,
    primary key (id),
    constraint document_code_key unique (code)
);
create unique index idx_document_tenant_score on document (tenant, score);
create index idx_document_body on document using gist (body);
create index idx_document_score on document (score);
create sequence document_seq start with 1 increment by 50;
