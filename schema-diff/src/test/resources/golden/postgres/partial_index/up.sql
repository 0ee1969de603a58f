-- Create index idx_task_open on task
CREATE INDEX "idx_task_open" ON "task" ("status") WHERE NOT deleted;

-- Create unique index uq_task_active_status on task
CREATE UNIQUE INDEX "uq_task_active_status" ON "task" ("status") WHERE status::text <> 'DONE'::text AND NOT deleted;
