ALTER TABLE `access_log` ADD `employee_id` integer REFERENCES employees(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `access_log` ADD `detail` text;--> statement-breakpoint
CREATE INDEX `access_log_org_at` ON `access_log` (`org_id`,`at`);--> statement-breakpoint
CREATE INDEX `access_log_employee_at` ON `access_log` (`employee_id`,`at`);