-- Drop table audit_entry (its data is lost)
DROP TABLE "audit_entry";
