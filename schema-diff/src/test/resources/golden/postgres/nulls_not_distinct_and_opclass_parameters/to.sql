create table document (
    id bigint not null,
    code text,
    tenant integer,
    body tsvector,
    score integer,
    primary key (id),
    constraint document_code_key unique nulls not distinct (code)
);
create unique index idx_document_tenant_score on document (tenant, score) nulls not distinct;
create index idx_document_body on document using gist (body tsvector_ops (siglen = 32));
create index idx_document_score on document (score nulls first);
create index idx_document_score_desc on document (score desc nulls last, tenant);
create sequence document_seq start with 1 increment by 50;
comment on sequence document_seq is 'document ids, 50 at a time';
create sequence audit_seq;
comment on sequence audit_seq is 'audit rows';
