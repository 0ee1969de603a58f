-- Drop index idx_task_open of task
DROP INDEX "idx_task_open";

-- Drop index uq_task_active_status of task
DROP INDEX "uq_task_active_status";
