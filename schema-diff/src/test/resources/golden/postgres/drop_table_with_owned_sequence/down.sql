-- Create sequence audit_entry_id_seq
CREATE SEQUENCE "audit_entry_id_seq" START WITH 1 INCREMENT BY 1;

-- Create table audit_entry
CREATE TABLE "audit_entry" (
  "id" bigint DEFAULT nextval('audit_entry_id_seq'::regclass) NOT NULL,
  "ticket_id" integer,
  CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- Add foreign key audit_entry_ticket_id_fkey from audit_entry to ticket
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "ticket" ("id");

-- Tie sequence audit_entry_id_seq to audit_entry.id
ALTER SEQUENCE "audit_entry_id_seq" OWNED BY "audit_entry"."id";
