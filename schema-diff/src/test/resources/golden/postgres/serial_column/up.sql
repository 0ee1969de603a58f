-- Create sequence ticket_id_seq
CREATE SEQUENCE "ticket_id_seq" AS integer START WITH 1 INCREMENT BY 1;

-- Create table ticket
CREATE TABLE "ticket" (
  "id" integer DEFAULT nextval('ticket_id_seq'::regclass) NOT NULL,
  "subject" varchar(200) NOT NULL,
  CONSTRAINT "ticket_pkey" PRIMARY KEY ("id")
);

-- Tie sequence ticket_id_seq to ticket.id
ALTER SEQUENCE "ticket_id_seq" OWNED BY "ticket"."id";
